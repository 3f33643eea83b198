package no.samspill.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for the first window: a bare JavaFX window with one label, as small as a JavaFX app gets
 * ({@code -Dbench.theme=true}: the same under the app's AtlantaFX theme, for comparison).
 */
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
            if (Boolean.getBoolean("bench.theme")) {
                // The same one label under the app's theme: how much of the gap to Samspill the theme's style sheet is.
                setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            }
            stage.setScene(new Scene(Boolean.getBoolean("bench.controls") ? passwordControls() : new StackPane(new Label("Samspill")), 520, 400));
            stage.setOnShown(e -> Platform.runLater(() -> System.out.println("First window shown: bare, "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started")));
            if (Boolean.getBoolean("samspill.trainingRun")) {
                stage.setOnShown(e -> Platform.runLater(Platform::exit));
            }
            stage.show();
        }

        /**
         * The kinds and number of controls of Samspill's password window in plain JavaFX, without the app
         * (its texts, preferences, view model, bindings, icons or style sheet): the floor for a window
         * that holds them.
         */
        private static javafx.scene.Parent passwordControls() {
            javafx.scene.layout.VBox card = new javafx.scene.layout.VBox(10);
            for (String text : new String[] {"Velg et passord for dataene", "Samspill lagrer opplysningene om kandidatene kryptert på denne "
                    + "maskinen, slik at en mistet eller stjålet PC ikke gir noe fra seg.", "Passord"}) {
                Label label = new Label(text);
                label.setWrapText(true);
                card.getChildren().add(label);
            }
            card.getChildren().addAll(new javafx.scene.control.PasswordField(), new Label(), new Label("Gjenta passordet"),
                    new javafx.scene.control.PasswordField(), new Label(), new Label("Passordet kan ikke gjenopprettes."), new Label(),
                    new javafx.scene.layout.HBox(10, new javafx.scene.control.ProgressIndicator(), new Label(),
                            new javafx.scene.control.Button("Åpne kopi"), new javafx.scene.control.Button("Opprett krypterte data")));
            card.setMaxSize(520, javafx.scene.layout.Region.USE_PREF_SIZE);
            return new StackPane(card);
        }
    }
}
