package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import no.samspill.domain.CandidateSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Creates a candidate through the form as a user would, with the field messages, and finds it in
 * the list again after a restart.
 */
class CandidateUiTest extends AppUiTest {

    @Test
    void candidateCreatedInTheFormIsListedAndSurvivesARestart() throws Exception {
        open("candidates");
        waitForRows(20);
        assertTrue(robot.lookup("#nameField").tryQuery().isEmpty() && robot.lookup("#timeline").tryQuery().isEmpty(),
                "no part of a record is built before a record opens (ADR 0029)");

        robot.clickOn("#newButton");
        assertTrue(robot.lookup("#nameField").tryQuery().isPresent(), "New builds the details");
        assertTrue(robot.lookup("#timeline").tryQuery().isEmpty(), "a tab not yet picked is not built");
        Button save = robot.lookup("#saveButton").queryButton();
        assertTrue(save.isDisabled(), "an empty form cannot be saved");
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        assertTrue(!nameError.isVisible(), "a new form does not open in red");
        robot.clickOn("#nameField");
        robot.clickOn("#birthYearField");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(nameError.isVisible(), "the required-field message shows once the user has left the empty name");

        robot.clickOn("#nameField").write("Tuva Testfjell");
        robot.clickOn("#birthYearField").write("1820");
        Label yearError = robot.lookup("#birthYearError").queryAs(Label.class);
        assertEquals("Fødselsåret må gi en alder mellom 14 og 90 år.", yearError.getText());
        robot.doubleClickOn("#birthYearField").write("2002");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!save.isDisabled(), "a valid, changed form can be saved");
        robot.clickOn(save);

        waitForRows(21);
        assertTrue(names().contains("Tuva Testfjell"));

        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(no.samspill.SamspillApp.class, "--data-dir=" + dataDir);
        unlock("Feil-Passord-2026");
        Label message = node("#messageLabel");
        waitUntil(() -> message.isVisible() && message.getText().equals("Passordet er feil. Prøv igjen."));
        unlock(PASSWORD);
        waitUntil(() -> robot.lookup("#nav-overview").tryQuery().isPresent());
        settle();
        open("candidates");
        waitForRows(21);
        assertTrue(names().contains("Tuva Testfjell"), "the candidate is still there after a restart");
    }

    @Test
    void theYearFollowsTheBirthDateAndADuplicateCanBeOpenedInstead() {
        open("candidates");
        waitForRows(20);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        // The form is new to the screen here: the keyboard user lands in its first field and types at once.
        waitUntil(() -> robot.lookup("#nameField").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("Tuva Testfjell");
        assertEquals("Tuva Testfjell", robot.lookup("#nameField").queryTextInputControl().getText());
        robot.clickOn("#birthDatePicker").write("01.02.2003").type(KeyCode.TAB);
        assertEquals("2003", robot.lookup("#birthYearField").queryTextInputControl().getText(), "Fødselsår is derived");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForRows(21);
        waitUntil(() -> robot.lookup("#savedLabel").queryLabeled().isVisible());
        long first = robot.lookup("#table").<CandidateSummary>queryTableView().getItems().stream()
                .filter(c -> c.fullName().equals("Tuva Testfjell")).findFirst().orElseThrow().id();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#nameField").write("Tuva Testfjell");
        robot.clickOn("#birthDatePicker").write("01.02.2003").type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#ask-1").tryQuery().isPresent());
        robot.clickOn("#ask-1");
        waitUntil(() -> "Tuva Testfjell".equals(robot.lookup("#recordTitle").queryLabeled().getText()));
        TableView<CandidateSummary> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null && table.getSelectionModel().getSelectedItem().id() == first);
        assertEquals(21, table.getItems().size(), "nothing was saved twice");
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "the dropped draft leaves nothing unsaved");
    }

    /** A keyboard user who opens a screen with its shortcut lands in it, here in the search field, and types at once. */
    @Test
    void theShortcutLandsInTheScreensFirstField() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("Ada");
        assertEquals("Ada", robot.lookup("#searchField").queryTextInputControl().getText());
    }

    private List<String> names() {
        TableView<CandidateSummary> table = robot.lookup("#table").queryTableView();
        return table.getItems().stream().map(CandidateSummary::fullName).toList();
    }

    private void waitForRows(int expected) {
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == expected);
    }
}
