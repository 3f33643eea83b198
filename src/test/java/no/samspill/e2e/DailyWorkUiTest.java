package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.DueItem;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.MentorAssignment;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingStep;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceCoverage;
import javafx.scene.control.TableView;
import no.samspill.ui.common.DateFields;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.layout.GridPane;
import org.testfx.matcher.control.LabeledMatchers;

/** The coordinator's daily work through the real UI, one flow per screen, with keyboard where a user would use it. */
class DailyWorkUiTest extends AppUiTest {

    @Test
    void aNewWorkplaceAndMentorAreRegisteredAndAssignedToACandidateWithoutOne() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.clickOn("#newWorkplaceButton");
        robot.write("Nordbyen bofellesskap");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> this.<Workplace>table("#workplaceTable").getItems().stream().anyMatch(w -> w.name().equals("Nordbyen bofellesskap")));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> list("#withoutMentorList").getItems().size() == 3);
        robot.clickOn("#newButton");
        robot.write("Mentor Mona");
        pick("#mentors-field-workplace", "Nordbyen bofellesskap");
        saveDialog();
        waitUntil(() -> this.<MentorSummary>table("#mentorTable").getItems().stream().anyMatch(m -> m.fullName().equals("Mentor Mona")));

        DueItem first = this.<DueItem>list("#withoutMentorList").getItems().get(0);
        robot.doubleClickOn(first.candidateName());
        waitUntil(() -> robot.lookup("#detailTabs").tryQuery().isPresent());
        TabPane tabs = node("#detailTabs");
        assertEquals("progressTab", tabs.getSelectionModel().getSelectedItem().getId(), "the item opens the candidate's mentors");
        waitUntil(() -> first.candidateName().equals(this.<TextField>node("#nameField").getText()));

        robot.clickOn("#handOverButton");
        node("#progress-mentor-field-mentor");
        robot.lookup("#progress-mentor-field-onlyWorkplace").tryQuery().map(CheckBox.class::cast)
                .filter(CheckBox::isSelected).ifPresent(box -> robot.clickOn(box));
        pick("#progress-mentor-field-mentor", "Mentor Mona – Nordbyen bofellesskap, følger ingen kandidater nå");
        saveDialog();
        waitUntil(() -> this.<MentorAssignment>list("#mentorHistory").getItems().stream().anyMatch(a -> a.mentorName().equals("Mentor Mona")));

        open("mentors");
        waitUntil(() -> list("#withoutMentorList").getItems().size() == 2);
    }

    @Test
    void aReferredCandidateBecomesActiveGetsAPathAndAJob() {
        open("candidates");
        waitUntil(() -> table("#table").getItems().size() == 20);
        robot.clickOn("Ada Demoli");
        robot.clickOn(tabHeader("progressTab"));
        waitUntil(() -> list("#timeline").getItems().size() == 1);
        robot.clickOn("#changeStatusButton");
        saveDialog();
        waitUntil(() -> list("#timeline").getItems().size() == 2);
        waitUntil(() -> this.<CandidateSummary>table("#table").getItems().stream()
                .anyMatch(c -> c.fullName().equals("Ada Demoli") && c.status() == CandidateStatus.ACTIVE));

        robot.clickOn(tabHeader("trainingTab"));
        robot.clickOn("#newPathButton");
        saveDialog();
        waitUntil(() -> table("#stepTable").getItems().size() == 4);

        TrainingStep firstStep = this.<TrainingStep>table("#stepTable").getItems().get(0);
        robot.doubleClickOn(firstStep.title());
        pick("#training-step-field-status", "Fullført");
        Button save = node("#dialog-save");
        assertTrue(save.isDisabled(), "a done step needs its done date");
        robot.clickOn("#training-step-field-done").write(DateFields.format(LocalDate.now())).type(KeyCode.TAB);
        saveDialog();
        waitUntil(() -> this.<TrainingStep>table("#stepTable").getItems().get(0).status() == StepStatus.DONE);

        robot.clickOn(tabHeader("employmentTab"));
        robot.clickOn("#newSpellButton");
        TextField percent = node("#employment-field-percentage");
        robot.doubleClickOn(percent).write("120");
        Label message = messageBeside(percent);
        assertEquals("Stillingsprosenten må være mellom 1 og 100.", message.getText());
        assertTrue(this.<Button>node("#dialog-save").isDisabled());
        robot.doubleClickOn(percent).write("60");
        assertTrue(this.<CheckBox>node("#employment-field-moveToJob").isSelected(), "the move to In job is offered, ticked");
        saveDialog();
        waitUntil(() -> this.<EmploymentSpell>table("#spellTable").getItems().stream().anyMatch(s -> s.jobPercentage() == 60));
        waitUntil(() -> "I jobb".equals(this.<Label>node("#recordStatus").getText()));
        waitUntil(() -> this.<CandidateSummary>table("#table").getItems().stream()
                .anyMatch(c -> c.fullName().equals("Ada Demoli") && c.status() == CandidateStatus.IN_JOB));
        robot.clickOn(tabHeader("progressTab"));
        waitUntil(() -> list("#timeline").getItems().size() == 3);

        robot.clickOn(tabHeader("trainingTab"));
        waitUntil(() -> this.<Label>node("#praksisLabel").getText().contains("8 750") || this.<Label>node("#praksisLabel").getText().contains("timer"));
    }

    @Test
    void deletingACandidateAsksFirstAndCancellingKeepsThem() {
        open("candidates");
        waitUntil(() -> table("#table").getItems().size() == 20);
        robot.clickOn("Bror Fiktivsen");
        waitUntil(() -> "Bror Fiktivsen".equals(this.<TextField>node("#nameField").getText()));
        robot.clickOn("#deleteButton");
        robot.clickOn("#confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, table("#table").getItems().size());

        robot.clickOn("#deleteButton");
        robot.clickOn("#confirm-ok");
        waitUntil(() -> table("#table").getItems().size() == 19);
        assertFalse(this.<CandidateSummary>table("#table").getItems().stream().anyMatch(c -> c.fullName().equals("Bror Fiktivsen")));
    }

    @Test
    void aWorkplaceLevelDiscussionNeedsItsWorkplacesAndIsListedWithItsParticipants() {
        open("representatives");
        robot.clickOn(tabHeader("#tabs", "eventsTab"));
        waitUntil(() -> table("#eventTable").getItems().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        pick("#involvement-field-type", "Drøfting");
        pick("#involvement-field-level", "Arbeidssted");
        typeInto("#involvement-field-topic", "Turnus for kandidater");
        assertTrue(this.<Button>node("#dialog-save").isDisabled(), "a workplace-level event must name its workplaces");
        robot.clickOn(robot.lookup("#involvement-field-workplaces .check-box").<Node>queryAll().iterator().next());
        robot.clickOn(robot.lookup("#involvement-field-participants .check-box").<Node>queryAll().iterator().next());
        saveDialog();
        waitUntil(() -> table("#eventTable").getItems().size() == 3);
        InvolvementEvent saved = this.<InvolvementEvent>table("#eventTable").getItems().stream()
                .filter(e -> e.topic().equals("Turnus for kandidater")).findFirst().orElseThrow();
        assertEquals(1, saved.workplaceIds().size());
        assertEquals(1, saved.representativeIds().size());
    }

    @Test
    void aMunicipalityLevelEventCoversEveryWorkplace() {
        open("representatives");
        robot.clickOn(tabHeader("#tabs", "eventsTab"));
        TableView<WorkplaceCoverage> coverage = table("#coverageTable");
        waitUntil(() -> !coverage.getItems().isEmpty());
        int lastYear = LocalDate.now().getYear() - 1;
        robot.clickOn("#yearSpinner .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(Integer.toString(lastYear)).type(KeyCode.ENTER);
        waitUntil(() -> !coverage.getItems().isEmpty() && coverage.getItems().stream().noneMatch(WorkplaceCoverage::covered));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#involvement-field-date").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("15.06." + lastYear).type(KeyCode.TAB);
        pick("#involvement-field-type", "Informasjon");
        pick("#involvement-field-level", "Hele kommunen (alle arbeidssteder)");
        assertFalse(this.<Node>node("#involvement-field-workplaces").isVisible(), "the whole municipality needs no list of workplaces");
        robot.clickOn("#involvement-field-topic").write("Informasjonsmøte med hovedtillitsvalgt");
        robot.clickOn(robot.lookup("#involvement-field-participants .check-box").<Node>queryAll().iterator().next());
        saveDialog();
        waitUntil(() -> !coverage.getItems().isEmpty() && coverage.getItems().stream().allMatch(WorkplaceCoverage::covered));
    }

    @Test
    void theRecordAboveTheTabsIsNamedAndTheArbeidTabFollowsAnEnding() {
        waitUntil(() -> !list("#withoutMentorList").getItems().isEmpty());
        DueItem item = this.<DueItem>list("#withoutMentorList").getItems().get(0);
        robot.clickOn("#withoutMentorList");
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);
        waitUntil(() -> item.candidateName().equals(this.<Label>node("#recordTitle").getText()));
        TableView<CandidateSummary> list = table("#table");
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id() == item.candidateId());

        robot.clickOn(tabHeader("employmentTab"));
        assertEquals(item.candidateName(), this.<Label>node("#recordTitle").getText(), "the name stays above every tab");
        assertTrue(table("#followUpTable").getItems().isEmpty());
        robot.clickOn(tabHeader("progressTab"));
        robot.clickOn("#changeStatusButton");
        pick("#progress-status-field-status", "Avsluttet");
        pick("#progress-status-field-reason", "Flyttet");
        saveDialog();
        waitUntil(() -> "Avsluttet".equals(this.<Label>node("#recordStatus").getText()));
        robot.clickOn(tabHeader("employmentTab"));
        waitUntil(() -> table("#followUpTable").getItems().size() == 2);
    }

    @Test
    void anOverdueStepOnTheOverviewOpensTheCandidatesTraining() {
        waitUntil(() -> !list("#overdueList").getItems().isEmpty());
        DueItem overdue = this.<DueItem>list("#overdueList").getItems().get(0);
        robot.clickOn("#overdueList");
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);
        waitUntil(() -> overdue.candidateName().equals(this.<TextField>node("#nameField").getText()));
        TabPane tabs = node("#detailTabs");
        assertEquals("trainingTab", tabs.getSelectionModel().getSelectedItem().getId());
    }

    private Node tabHeader(String tabId) {
        return tabHeader("#detailTabs", tabId);
    }

    Node tabHeader(String tabPane, String tabId) {
        TabPane tabs = node(tabPane);
        String text = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow().getText();
        return robot.lookup(".tab-header-area .tab-label").match(LabeledMatchers.hasText(text)).query();
    }

    private Label messageBeside(Node field) {
        GridPane grid = (GridPane) field.getParent();
        int row = GridPane.getRowIndex(field) + 1;
        return (Label) grid.getChildren().stream().filter(n -> Integer.valueOf(row).equals(GridPane.getRowIndex(n)))
                .findFirst().orElseThrow();
    }
}
