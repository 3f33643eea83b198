package no.samspill.ui.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.Ref;
import no.samspill.domain.SharedTask;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.WorkplacePlan;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** The "Behov og kapasitet" tab: each workplace's needs and capacity per period, and task sharing. */
public final class NeedsController {

    private final NeedsViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final Ref everywhere;

    @FXML private TableView<WorkplacePlan> planTable;
    @FXML private TableColumn<WorkplacePlan, String> planWorkplaceColumn;
    @FXML private TableColumn<WorkplacePlan, LocalDate> planStartColumn;
    @FXML private TableColumn<WorkplacePlan, LocalDate> planEndColumn;
    @FXML private TableColumn<WorkplacePlan, BigDecimal> planHealthWorkerColumn;
    @FXML private TableColumn<WorkplacePlan, BigDecimal> planAssistantColumn;
    @FXML private TableColumn<WorkplacePlan, BigDecimal> planOtherColumn;
    @FXML private TableColumn<WorkplacePlan, Integer> planPlacesColumn;
    @FXML private TableColumn<WorkplacePlan, Integer> planMentorsColumn;
    @FXML private Button editPlanButton;
    @FXML private Button deletePlanButton;
    @FXML private TableView<SharedTask> taskTable;
    @FXML private TableColumn<SharedTask, String> taskNameColumn;
    @FXML private TableColumn<SharedTask, String> taskWorkplaceColumn;
    @FXML private TableColumn<SharedTask, TaskStatus> taskStatusColumn;
    @FXML private TableColumn<SharedTask, String> taskDiscussionColumn;
    @FXML private Button editTaskButton;
    @FXML private Button deleteTaskButton;

    public NeedsController(NeedsViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.everywhere = model.everywhere(i18n.get("tasks.everywhere"));
    }

    @FXML
    private void initialize() {
        planTable.setItems(model.plans());
        Columns.value(planWorkplaceColumn, p -> model.workplaceName(p.workplaceId()));
        Columns.date(planStartColumn, WorkplacePlan::start);
        Columns.date(planEndColumn, WorkplacePlan::end);
        Columns.decimal(planHealthWorkerColumn, WorkplacePlan::needHealthWorker, i18n, 1);
        Columns.decimal(planAssistantColumn, WorkplacePlan::needAssistant, i18n, 1);
        Columns.decimal(planOtherColumn, WorkplacePlan::needOther, i18n, 1);
        Columns.value(planPlacesColumn, WorkplacePlan::candidatePlaces);
        Columns.value(planMentorsColumn, WorkplacePlan::mentorsAvailable);
        TableActions.install(planTable, this::editPlan, this::deletePlan);
        editPlanButton.disableProperty().bind(planTable.getSelectionModel().selectedItemProperty().isNull());
        deletePlanButton.disableProperty().bind(planTable.getSelectionModel().selectedItemProperty().isNull());
        taskTable.setItems(model.tasks());
        Columns.value(taskNameColumn, SharedTask::task);
        Columns.value(taskWorkplaceColumn, t -> t.workplaceId() == null ? everywhere.name() : model.workplaceName(t.workplaceId()));
        Columns.label(taskStatusColumn, SharedTask::status, i18n);
        Columns.value(taskDiscussionColumn, t -> model.eventName(t.involvementEventId()));
        TableActions.install(taskTable, this::editTask, this::deleteTask);
        editTaskButton.disableProperty().bind(taskTable.getSelectionModel().selectedItemProperty().isNull());
        deleteTaskButton.disableProperty().bind(taskTable.getSelectionModel().selectedItemProperty().isNull());
        model.load();
    }

    /** Reads the lists again, for when the tab is shown after work elsewhere. */
    public void refresh() {
        model.load();
    }

    @FXML
    private void onNewPlan() {
        showPlan(model.newPlan());
    }

    @FXML
    private void onEditPlan() {
        editPlan(planTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeletePlan() {
        deletePlan(planTable.getSelectionModel().getSelectedItem());
    }

    private void editPlan(WorkplacePlan p) {
        if (p != null) {
            showPlan(model.edit(p));
        }
    }

    private void showPlan(PlanForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "needs.dialog.new" : "needs.dialog.edit", f.form)
                .choice("needs.field.workplace", f.workplace, model.workplaces(), Ref::name)
                .date("needs.field.start", f.start)
                .date("needs.field.end", f.end)
                .decimal("needs.field.healthWorker", f.needHealthWorker, 1)
                .decimal("needs.field.assistant", f.needAssistant, 1)
                .decimal("needs.field.other", f.needOther, 1)
                .number("needs.field.places", f.places)
                .number("needs.field.mentors", f.mentors)
                .info("needs.capacity.help")
                .showAndWait(planTable)) {
            model.save(f);
        }
    }

    private void deletePlan(WorkplacePlan p) {
        if (p != null && dialogs.confirm(planTable, "needs.delete.title", "needs.delete.message", "common.delete")) {
            model.delete(p);
        }
    }

    @FXML
    private void onNewTask() {
        showTask(model.newTask(everywhere));
    }

    @FXML
    private void onEditTask() {
        editTask(taskTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteTask() {
        deleteTask(taskTable.getSelectionModel().getSelectedItem());
    }

    private void editTask(SharedTask t) {
        if (t != null) {
            showTask(model.edit(t, everywhere));
        }
    }

    private void showTask(TaskForm f) {
        List<Ref> places = new ArrayList<>(model.workplaces());
        places.addFirst(everywhere);
        if (new FormDialog(i18n, dialogs, f.isNew() ? "tasks.dialog.new" : "tasks.dialog.edit", f.form)
                .suggested("tasks.field.task", f.task, model.taskSuggestions())
                .choice("tasks.field.workplace", f.workplace, places, Ref::name)
                .choice("tasks.field.status", f.status, TaskStatus.class)
                .choice("tasks.field.discussion", f.discussion, model.events(), Ref::name)
                .info("tasks.discussion.help")
                .showAndWait(taskTable)) {
            model.save(f);
        }
    }

    private void deleteTask(SharedTask t) {
        if (t != null && dialogs.confirm(taskTable, "tasks.delete.title", "tasks.delete.message", "common.delete")) {
            model.delete(t);
        }
    }
}
