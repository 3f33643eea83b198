package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import no.samspill.SamspillApp;
import no.samspill.domain.CandidateSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application on an empty data folder (with the demo municipality), creates a
 * candidate through the form as a user would, and finds it in the list again after a restart.
 * Needs a display: the README's test command runs under Xvfb.
 */
@Tag("ui")
class CandidateUiTest {

    @TempDir Path dataDir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void candidateCreatedInTheFormIsListedAndSurvivesARestart() throws Exception {
        app = FxToolkit.setupApplication(SamspillApp.class, "--data-dir=" + dataDir, "--demo");
        waitForRows(20);

        robot.clickOn("#newButton");
        Button save = robot.lookup("#saveButton").queryButton();
        assertTrue(save.isDisabled(), "an empty form cannot be saved");
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        assertTrue(nameError.isVisible(), "the required-field message is shown beside the name");

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
        app = FxToolkit.setupApplication(SamspillApp.class, "--data-dir=" + dataDir);
        waitForRows(21);
        assertTrue(names().contains("Tuva Testfjell"), "the candidate is still there after a restart");
    }

    private List<String> names() {
        TableView<CandidateSummary> table = robot.lookup("#table").queryTableView();
        return table.getItems().stream().map(CandidateSummary::fullName).toList();
    }

    private void waitForRows(int expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == expected);
    }
}
