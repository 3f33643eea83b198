package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import no.samspill.domain.ProgrammeGrant;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Rapportering as the coordinator uses it when the grant portal opens: a figure copied with one click, per programme. */
class ReportingUiTest extends AppUiTest {

    @Test
    void aFigureIsCopiedWithOneClickAndFollowsTheProgrammeChosen() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitUntil(() -> this.<ProgrammeGrant>table("#grantTable").getItems().size() == 2);

        press("#copy-granted");
        assertEquals("1000000", clipboard(), "both of the demo's grants, no digit groups, no unit");
        assertTrue(this.<Label>node("#copiedLabel").getText().contains("1000000"), "the screen says what was copied");

        pick("#programmeBox", "Menn i helse");
        press("#copy-granted");
        assertEquals("150000", clipboard(), "only the chosen programme's grant");

        press("#copy-fte");
        assertTrue(clipboard().matches("\\d+,\\d\\d"), "årsverk with a decimal comma: " + clipboard());
    }

    /** Focuses the button, as Tab would, and presses it with the space bar; the focus scrolls it into sight. */
    private void press(String query) throws Exception {
        Button button = node(query);
        WaitForAsyncUtils.asyncFx(button::requestFocus).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        javafx.scene.Node pane = node("#figuresScroll");
        assertTrue(robot.bounds(button).query().getMinY() >= robot.bounds(pane).query().getMinY()
                && robot.bounds(button).query().getMaxY() <= robot.bounds(pane).query().getMaxY(), "the focused button is in sight");
    }

    private static String clipboard() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> text = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> text.set(Clipboard.getSystemClipboard().getString())).get();
        return text.get();
    }
}
