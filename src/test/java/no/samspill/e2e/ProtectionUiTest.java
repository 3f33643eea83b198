package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Changing the data password from Innstillinger: while the data is encrypted anew, the window shows
 * only that (no screen over closed data); then the password screen says the password was changed; the
 * old one stops working, the new one opens the data.
 */
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
        List<String> shown = new CopyOnWriteArrayList<>();
        change.getScene().rootProperty().addListener((obs, old, root) -> shown.add(
                root.lookup("#busyScreenLabel") instanceof Label busy ? "busy: " + busy.getText()
                : root.lookup("#introLabel") instanceof Label intro ? "password: " + intro.getText() : "other"));
        saveDialog();
        waitUntil(() -> shown.size() >= 2);
        assertEquals(List.of("busy: Krypterer dataene med det nye passordet…",
                "password: Passordet er byttet. Skriv det nye passordet for å åpne dataene."), shown);

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
