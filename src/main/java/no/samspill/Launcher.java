package no.samspill;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import no.samspill.data.DataDirectory;

/**
 * Plain main(), so the app also starts with JavaFX on the class path (no Application subclass
 * as the main class). Decides the data directory before anything logs, then starts the UI.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        Path dataDir = DataDirectory.forThisMachine(options.dataDir());
        System.setProperty("samspill.logDir", dataDir.resolve("logs").toString());
        Application.launch(SamspillApp.class, args);
    }
}
