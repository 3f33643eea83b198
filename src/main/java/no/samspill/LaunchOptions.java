package no.samspill;

import java.util.List;

/** The command-line options of the desktop app. */
public record LaunchOptions(String dataDir) {

    public static LaunchOptions parse(List<String> args) {
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            }
        }
        return new LaunchOptions(dataDir);
    }
}
