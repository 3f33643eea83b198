package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.PraksiskandidatCalculator;
import no.samspill.domain.Qualification;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingPath;
import no.samspill.domain.TrainingStep;
import no.samspill.domain.TrainingTemplate;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** The Opplæring tab of a candidate. */
public final class CandidateTrainingController {

    private final CandidateTrainingViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private ComboBox<TrainingPath> pathBox;
    @FXML private Button newPathButton;
    @FXML private Button deletePathButton;
    @FXML private TableView<TrainingStep> stepTable;
    @FXML private TableColumn<TrainingStep, String> stepTitleColumn;
    @FXML private TableColumn<TrainingStep, LocalDate> stepPlannedColumn;
    @FXML private TableColumn<TrainingStep, String> stepStatusColumn;
    @FXML private TableColumn<TrainingStep, LocalDate> stepDoneColumn;
    @FXML private Button newStepButton;
    @FXML private Button editStepButton;
    @FXML private Button deleteStepButton;
    @FXML private Label praksisLabel;
    @FXML private ListView<Qualification> outcomeList;
    @FXML private Button newOutcomeButton;
    @FXML private Button deleteOutcomeButton;

    public CandidateTrainingController(CandidateTrainingViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    /** As on the Opplæring page: an open step planned before today. */
    private boolean overdue(TrainingStep s) {
        return s.open() && s.planned() != null && s.planned().isBefore(model.today());
    }

    @FXML
    private void initialize() {
        pathBox.setItems(model.paths());
        pathBox.valueProperty().bindBidirectional(model.selectedPathProperty());
        pathBox.setConverter(EnumCells.display(p -> p.title() + " (" + DateFields.format(p.start()) + ")"));
        var noCandidate = model.candidateIdProperty().isNull();
        var noPath = model.selectedPathProperty().isNull();
        newPathButton.disableProperty().bind(noCandidate);
        deletePathButton.disableProperty().bind(noPath);
        newStepButton.disableProperty().bind(noPath);
        newOutcomeButton.disableProperty().bind(noCandidate);
        stepTable.setItems(model.steps());
        Columns.value(stepTitleColumn, TrainingStep::title);
        Columns.date(stepPlannedColumn, TrainingStep::planned);
        Columns.value(stepStatusColumn, s -> overdue(s) ? i18n.format("training.step.overdue", i18n.label(s.status()))
                : i18n.label(s.status()));
        Columns.date(stepDoneColumn, TrainingStep::done);
        TableActions.install(stepTable, this::editStep, this::deleteStep);
        TableActions.markOverdue(stepTable, this::overdue);
        editStepButton.disableProperty().bind(stepTable.getSelectionModel().selectedItemProperty().isNull());
        deleteStepButton.disableProperty().bind(stepTable.getSelectionModel().selectedItemProperty().isNull());
        outcomeList.setItems(model.qualifications());
        outcomeList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Qualification q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : i18n.label(q.kind()) + "   " + DateFields.format(q.achieved()));
            }
        });
        deleteOutcomeButton.disableProperty().bind(outcomeList.getSelectionModel().selectedItemProperty().isNull());
        model.praksisProperty().addListener((obs, old, now) -> praksisLabel.setText(describe(now)));
    }

    private String describe(PraksiskandidatCalculator.Result r) {
        if (r == null) {
            return "";
        }
        String date = r.earliestExamDate().map(DateFields::format).orElse(i18n.get("training.praksis.noDate"));
        return i18n.format("training.praksis.summary", r.hoursAccrued(), r.hoursRemaining(), date);
    }

    @FXML
    private void onNewPath() {
        PathForm f = model.newPath();
        if (new FormDialog(i18n, dialogs, "training.path.dialog", f.form)
                .choice("training.path.field.template", f.template, TrainingTemplate.class)
                .text("training.path.field.title", f.title)
                .date("training.path.field.start", f.start)
                .info("training.path.help")
                .showAndWait(stepTable)) {
            model.save(f, i18n::label);
        }
    }

    @FXML
    private void onDeletePath() {
        TrainingPath path = model.selectedPathProperty().get();
        if (path != null && dialogs.confirm(stepTable, "training.path.delete.title", "training.path.delete.message", "common.delete")) {
            model.deletePath(path);
        }
    }

    @FXML
    private void onNewStep() {
        model.newStep().ifPresent(this::editStep);
    }

    @FXML
    private void onEditStep() {
        editStep(stepTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteStep() {
        deleteStep(stepTable.getSelectionModel().getSelectedItem());
    }

    private void editStep(TrainingStep s) {
        if (s != null) {
            editStep(model.edit(s));
        }
    }

    private void editStep(StepForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "training.step.dialog.new" : "training.step.dialog.edit", f.form)
                .text("training.step.field.title", f.title)
                .date("training.step.field.planned", f.planned)
                .choice("training.step.field.status", f.status, StepStatus.class)
                .date("training.step.field.done", f.done)
                .text("training.step.field.udir", f.udirCode)
                .info("training.step.udir.help")
                .showAndWait(stepTable)) {
            model.save(f);
        }
    }

    private void deleteStep(TrainingStep s) {
        if (s != null && dialogs.confirm(stepTable, "training.step.delete.title", "training.step.delete.message", "common.delete")) {
            model.deleteStep(s);
        }
    }

    @FXML
    private void onNewOutcome() {
        OutcomeForm f = model.newOutcome();
        if (new FormDialog(i18n, dialogs, "training.outcome.dialog", f.form)
                .choice("training.outcome.field.kind", f.kind, QualificationKind.class)
                .date("training.outcome.field.date", f.date)
                .showAndWait(outcomeList)) {
            model.save(f);
        }
    }

    @FXML
    private void onDeleteOutcome() {
        Qualification q = outcomeList.getSelectionModel().getSelectedItem();
        if (q != null && dialogs.confirm(outcomeList, "training.outcome.delete.title", "training.outcome.delete.message", "common.delete")) {
            model.delete(q);
        }
    }

}
