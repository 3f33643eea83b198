package no.samspill.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file dialog opens: the user's documents folder (as the desktop names it on Linux, through
 * the XDG user-dirs file, so a Norwegian desktop's "Dokumenter" is found), else the home folder;
 * never the folder the app happens to run in.
 */
public final class StartFolder {

    private StartFolder() {
    }

    public static File documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path named = xdgDocuments(home);
        for (Path candidate : new Path[] {named, home.resolve("Documents")}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate.toFile();
            }
        }
        return home.toFile();
    }

    /** The line {@code XDG_DOCUMENTS_DIR="$HOME/Dokumenter"} of ~/.config/user-dirs.dirs, if any. */
    static Path xdgDocuments(Path home) {
        Path dirs = home.resolve(".config").resolve("user-dirs.dirs");
        if (!Files.isRegularFile(dirs)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = t.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                    return Path.of(value.replace("$HOME", home.toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
