package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** The Arbeid tab of a candidate. */
public final class CandidateEmploymentController {

    private final CandidateEmploymentViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private TableView<EmploymentSpell> spellTable;
    @FXML private TableColumn<EmploymentSpell, String> spellWorkplaceColumn;
    @FXML private TableColumn<EmploymentSpell, LocalDate> spellStartColumn;
    @FXML private TableColumn<EmploymentSpell, LocalDate> spellEndColumn;
    @FXML private TableColumn<EmploymentSpell, Integer> spellPercentColumn;
    @FXML private TableColumn<EmploymentSpell, Boolean> spellPermanentColumn;
    @FXML private TableColumn<EmploymentSpell, EmploymentKind> spellKindColumn;
    @FXML private Button newSpellButton;
    @FXML private Button editSpellButton;
    @FXML private Button deleteSpellButton;
    @FXML private TableView<FollowUp> followUpTable;
    @FXML private TableColumn<FollowUp, Integer> followUpMonthsColumn;
    @FXML private TableColumn<FollowUp, LocalDate> followUpDueColumn;
    @FXML private TableColumn<FollowUp, LocalDate> followUpRecordedColumn;
    @FXML private TableColumn<FollowUp, FollowUpOutcome> followUpOutcomeColumn;
    @FXML private TableColumn<FollowUp, String> followUpStateColumn;
    @FXML private Button recordFollowUpButton;

    public CandidateEmploymentController(CandidateEmploymentViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        spellTable.setItems(model.spells());
        Columns.value(spellWorkplaceColumn, s -> model.workplaceName(s.workplaceId()));
        Columns.date(spellStartColumn, EmploymentSpell::start);
        Columns.date(spellEndColumn, EmploymentSpell::end);
        Columns.value(spellPercentColumn, EmploymentSpell::jobPercentage);
        Columns.yesNo(spellPermanentColumn, EmploymentSpell::permanent, i18n);
        Columns.label(spellKindColumn, EmploymentSpell::kind, i18n);
        TableActions.install(spellTable, this::editSpell, this::deleteSpell);
        newSpellButton.disableProperty().bind(model.candidateIdProperty().isNull());
        editSpellButton.disableProperty().bind(spellTable.getSelectionModel().selectedItemProperty().isNull());
        deleteSpellButton.disableProperty().bind(spellTable.getSelectionModel().selectedItemProperty().isNull());
        followUpTable.setItems(model.followUps());
        Columns.value(followUpMonthsColumn, FollowUp::monthsAfter);
        Columns.date(followUpDueColumn, FollowUp::due);
        Columns.date(followUpRecordedColumn, FollowUp::recorded);
        Columns.label(followUpOutcomeColumn, FollowUp::outcome, i18n);
        TableActions.install(followUpTable, this::recordFollowUp, null);
        TableActions.markOverdue(followUpTable, model::overdue);
        Columns.value(followUpStateColumn, f -> f.recorded() != null ? i18n.get("followUp.state.recorded")
                : model.overdue(f) ? i18n.get("followUp.state.overdue") : i18n.get("followUp.state.waiting"));
        // Without a selection the button records the next open follow-up, so it is never greyed without a reason.
        recordFollowUpButton.disableProperty().bind(Bindings.createBooleanBinding(() -> model.nextOpenFollowUp().isEmpty(),
                model.followUps()));
    }

    @FXML
    private void onNewSpell() {
        editSpell(model.newSpell());
    }

    @FXML
    private void onEditSpell() {
        editSpell(spellTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteSpell() {
        deleteSpell(spellTable.getSelectionModel().getSelectedItem());
    }

    private void editSpell(EmploymentSpell s) {
        if (s != null) {
            editSpell(model.edit(s));
        }
    }

    private void editSpell(SpellForm f) {
        FormDialog dialog = new FormDialog(i18n, dialogs, f.isNew() ? "employment.dialog.new" : "employment.dialog.edit", f.form)
                .choice("employment.field.workplace", f.workplace, model.workplaces(), Ref::name)
                .date("employment.field.start", f.start)
                .date("employment.field.end", f.end)
                .number("employment.field.percentage", f.percentage)
                .check("employment.field.permanent", f.permanent)
                .choice("employment.field.kind", f.kind, EmploymentKind.class)
                .text("employment.field.styrk", f.styrk)
                .info("employment.styrk.help")
                .check("employment.field.newPost", f.newPost)
                .choice("employment.field.discussion", f.discussion, model.events(), Ref::name)
                .onlyWhen(Bindings.createBooleanBinding(f::partTime, f.percentage.valueProperty()));
        if (f.offersStatus()) {
            dialog.check("employment.field.moveToJob", f.moveToJob)
                    .date("employment.field.statusDate", f.statusDate).onlyWhen(f.moveToJob.valueProperty().isEqualTo(true));
        }
        if (dialog.showAndWait(spellTable)) {
            model.save(f);
        }
    }

    private void deleteSpell(EmploymentSpell s) {
        if (s != null && dialogs.confirm(spellTable, "employment.delete.title", "employment.delete.message", "common.delete")) {
            model.delete(s);
        }
    }

    @FXML
    private void onRecordFollowUp() {
        FollowUp selected = followUpTable.getSelectionModel().getSelectedItem();
        recordFollowUp(selected != null ? selected : model.nextOpenFollowUp().orElse(null));
    }

    private void recordFollowUp(FollowUp f) {
        if (f == null) {
            return;
        }
        FollowUpForm form = model.record(f);
        if (new FormDialog(i18n, dialogs, "followUp.dialog", form.form)
                .date("followUp.field.date", form.date)
                .choice("followUp.field.outcome", form.outcome, FollowUpOutcome.class)
                .showAndWait(followUpTable)) {
            model.save(form);
        }
    }
}
