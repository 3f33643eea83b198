package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.testfx.matcher.control.LabeledMatchers;

/** Evaluering as the coordinator uses it in December: the preview, and the narrative check that blocks the export. */
class EvaluationUiTest extends AppUiTest {

    @Test
    void thePreviewShowsSuppressedCellsAndANameInTheNarrativeBlocksTheExport() {
        open("evaluation");
        VBox preview = node("#previewBox");
        waitUntil(() -> preview.getChildren().size() > 10);
        assertTrue(robot.lookup(".suppressed-cell").queryAll().stream().anyMatch(n -> "*".equals(((Label) n).getText())),
                "small cells are shown as *");
        Button export = node("#exportButton");
        waitUntil(() -> !export.isDisabled());

        robot.clickOn(tab("Vurdering"));
        robot.clickOn("#whatWorkedArea").write("Ada fikk fast jobb i år.");
        ListView<?> findings = node("#findingList");
        waitUntil(() -> findings.getItems().size() == 1);
        assertTrue(export.isDisabled(), "the export waits until the name is gone");
        waitUntil(() -> shownFinding() != null);
        assertEquals("«Ada» i «Hva som fungerte» er en person i registeret.", shownFinding(), "the section named as its label reads, without its mnemonic");

        robot.doubleClickOn("#whatWorkedArea");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A,
                KeyCode.CONTROL);
        robot.write("En kandidat fikk fast jobb i år.");
        waitUntil(() -> findings.getItems().isEmpty());
        assertFalse(export.isDisabled());
    }

    private String shownFinding() {
        return robot.lookup("#findingList .list-cell").queryAll().stream().map(c -> ((javafx.scene.control.Labeled) c).getText())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Node tab(String text) {
        return robot.lookup(".tab-header-area .tab-label").match(LabeledMatchers.hasText(text)).query();
    }
}
