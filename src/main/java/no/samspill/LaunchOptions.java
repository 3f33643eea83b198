package no.samspill;

import java.util.List;

/**
 * The command-line options of the desktop app: {@code --data-dir=FOLDER} overrides where the data
 * lives; {@code --demo} opens the demo municipality straight away when the file holds none yet.
 */
public record LaunchOptions(String dataDir, boolean demoIfEmpty) {

    public static LaunchOptions parse(List<String> args) {
        String dataDir = null;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else if (a.equals("--demo") || a.equals("--demo=true")) {
                demo = true;
            } else if (a.equals("--demo=false")) {
                demo = false;
            }
        }
        return new LaunchOptions(dataDir, demo);
    }
}
