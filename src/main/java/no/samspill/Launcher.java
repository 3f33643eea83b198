package no.samspill;

import java.io.IOException;
import java.util.Optional;

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
        EarlyStart.start();
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.claim(dataDir, AppWindow::bringToFront);
        } catch (IOException e) {
            // Without the guard the database's own lock still keeps a second start from harm.
            instance = Optional.empty();
            Application.launch(SamspillApp.class, args);
            return;
        }
        if (instance.isEmpty()) {
            System.out.println("Samspill is already running with this data folder; its window has been brought to the front.");
            return;
        }
        try (SingleInstance held = instance.get()) {
            Application.launch(SamspillApp.class, args);
        } catch (IOException e) {
            // Releasing the lock at exit failed; the operating system releases it with the process.
        }
    }
}
