package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import no.samspill.SamspillApp;
import no.samspill.data.Database;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerChoice;
import no.samspill.data.ServerSnapshot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Shared mode from the coordinator's side when the server does not answer: Innstillinger keeps the
 * server for the next start; the next start asks for the server password, says plainly that the
 * server does not answer, and offers the last copy on this machine, which opens read-only and says so.
 */
class ServerModeUiTest extends AppUiTest {

    private static final String SERVER_PASSWORD = "Server-Passord-Alna-2026";

    @Test
    void aServerThatDoesNotAnswerOffersTheReadOnlyCopy() throws Exception {
        open("settings");
        fill("#hostField", "db.alna.oslo.kommune.no");
        fill("#portField", "1");
        fill("#databaseField", "samspill");
        fill("#userField", "koordinator_alna");
        Button use = node("#useServerButton");
        javafx.application.Platform.runLater(use::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        ServerAddress chosen = ServerChoice.read(dataDir).orElseThrow();
        assertEquals("db.alna.oslo.kommune.no", chosen.host());
        assertTrue(chosen.jdbcUrl().contains("sslmode=verify-full"), "a server named by the user is always verified");

        FxToolkit.cleanupApplication(app);
        // The copy the last session on the server left behind; here made from the demo's file. The
        // server named above cannot be reached from the test, so pointing it at the loopback's port 1
        // makes it certainly unreachable.
        try (Database db = Database.open(dataDir, PASSWORD.toCharArray())) {
            ServerSnapshot.write(db, dataDir, SERVER_PASSWORD.toCharArray());
        }
        ServerChoice.write(dataDir, new ServerAddress("127.0.0.1", 1, "samspill", "koordinator_alna", true));
        app = FxToolkit.setupApplication(SamspillApp.class, "--data-dir=" + dataDir);

        Label intro = node("#introLabel");
        assertTrue(intro.getText().contains("koordinator_alna"), intro.getText());
        unlock(SERVER_PASSWORD);
        Label message = node("#messageLabel");
        waitUntil(() -> message.isVisible() && message.getText().startsWith("Serveren svarer ikke"));
        Button copy = node("#copyButton");
        waitUntil(copy::isVisible);
        robot.clickOn(copy);
        waitUntil(() -> robot.lookup("#nav-overview").tryQuery().isPresent());
        settle();
        Label place = node("#dataLocationLabel");
        assertTrue(place.getText().startsWith("KUN LESING"), place.getText());
        open("candidates");
        waitUntil(() -> table("#table").getItems().size() == 20);
        assertTrue(Files.exists(dataDir.resolve("samspill.mv.db")), "the file on this machine is kept as it was");
    }

    private void fill(String query, String text) {
        TextField field = node(query);
        robot.interact(() -> field.setText(text));
    }

}
