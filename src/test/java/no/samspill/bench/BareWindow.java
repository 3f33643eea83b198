package no.samspill.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for the first window: a bare JavaFX window with one label, as small as a JavaFX app gets. */
public final class BareWindow {

    private BareWindow() {
    }

    /** Started from a plain main, as Samspill's Launcher is, so JavaFX may come from the class path or the runtime. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Samspill")), 520, 400));
            stage.setOnShown(e -> Platform.runLater(() -> System.out.println("First window shown: bare, "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started")));
            if (Boolean.getBoolean("samspill.trainingRun")) {
                stage.setOnShown(e -> Platform.runLater(Platform::exit));
            }
            stage.show();
        }
    }
}
