package no.samspill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window answers a second start: it comes to the front while it is open (unsaved changes
 * that stop a close keep it open), and once it has closed for good it says so, so that the second
 * start waits for this process to end instead of exiting with no window anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {

    private final AtomicBoolean mayClose = new AtomicBoolean(true);
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        AppWindow window = new AppWindow(stage, mayClose::get);
        window.show(new Label("Samspill"));
        window.open();
    }

    @Test
    void afterCtrlQTheWindowSaysItIsClosingAndDoesNotShowAgain(FxRobot robot) throws Exception {
        assertTrue(AppWindow.bringToFront(), "an open window comes to the front");
        robot.clickOn(stage.getScene().getRoot()).press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertFalse(AppWindow.bringToFront(), "a closed window tells a second start that this process is ending");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "and stays closed");
    }

    @Test
    void aCloseStoppedByUnsavedChangesKeepsAnsweringThatItShows() throws Exception {
        mayClose.set(false);
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))).get();
        assertTrue(stage.isShowing());
        assertTrue(AppWindow.bringToFront(), "the window stayed open, so a second start is shown it");
        mayClose.set(true);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        }).get();
        assertFalse(AppWindow.bringToFront(), "closed from the window's own close button, too");
    }
}
