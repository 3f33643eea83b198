package no.samspill.e2e;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Changing the data password from Innstillinger: the old one stops working, the new one opens the data. */
class ProtectionUiTest extends AppUiTest {

    @Test
    void theDataPasswordIsChangedFromSettings() {
        open("settings");
        // The button may lie below the fold of the scrolling settings screen: reach it by keyboard.
        javafx.scene.Node change = node("#changePasswordButton");
        robot.interact(change::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#password-change-current").write(PASSWORD);
        String next = "Ny-Koordinator-Fjordvik-77";
        robot.clickOn("#password-change-next").write(next);
        robot.clickOn("#password-change-repeat").write(next);
        saveDialog();

        unlock(PASSWORD);
        Label message = node("#messageLabel");
        waitUntil(() -> message.isVisible() && message.getText().equals("Passordet er feil. Prøv igjen."));
        unlock(next);
        waitUntil(() -> robot.lookup("#nav-overview").tryQuery().isPresent());
        settle();
        open("candidates");
        waitUntil(() -> table("#table").getItems().size() == 20);
    }
}
