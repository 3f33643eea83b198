package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Programme;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.LeaveGuard;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.RecordView;
import no.samspill.ui.common.ScreenKeys;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.DirectoryChooser;
import no.samspill.ui.common.Columns;

/** Kandidater: the list on the left, the form on the right. Only binds; the ViewModels do the work. */
public final class CandidatesController implements LeaveGuard, RecordView {

    private final CandidateListViewModel list;
    private final CandidateFormViewModel form;
    private final I18n i18n;
    private final Dialogs dialogs;
    private boolean selectingInCode;

    @FXML private Node root;
    @FXML private TextField searchField;
    @FXML private ComboBox<StatusOption> statusFilter;
    @FXML private Label countLabel;
    @FXML private TableView<CandidateSummary> table;
    @FXML private TableColumn<CandidateSummary, String> nameColumn;
    @FXML private TableColumn<CandidateSummary, Integer> birthYearColumn;
    @FXML private TableColumn<CandidateSummary, CandidateStatus> statusColumn;
    @FXML private TableColumn<CandidateSummary, Programme> programmeColumn;
    @FXML private TableColumn<CandidateSummary, String> workplaceColumn;
    @FXML private TableColumn<CandidateSummary, LocalDate> referralColumn;
    @FXML private TabPane detailTabs;
    @FXML private Tab detailsTab;
    @FXML private Tab progressTab;
    @FXML private Tab trainingTab;
    @FXML private Tab employmentTab;
    @FXML private CandidateDetailsController detailsController;
    @FXML private Button deleteButton;
    @FXML private Button accessButton;
    @FXML private Node emptyPane;
    @FXML private Button saveButton;

    private final CandidateTabs tabs;

    public CandidatesController(CandidateListViewModel list, CandidateFormViewModel form, CandidateTabs tabs,
                                I18n i18n, Dialogs dialogs) {
        this.list = list;
        this.form = form;
        this.tabs = tabs;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        setUpFilter();
        setUpTable();
        setUpForm();
        setUpKeys();
        form.loadLookups();
        list.refresh();
    }

    private void setUpFilter() {
        StatusOption.install(statusFilter, i18n, list.statusFilterProperty());
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> list.refresh());
        searchField.textProperty().bindBidirectional(list.filterTextProperty());
        searchField.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
    }

    private void setUpTable() {
        Columns.value(nameColumn, CandidateSummary::fullName);
        Columns.value(birthYearColumn, CandidateSummary::birthYear);
        Columns.label(statusColumn, CandidateSummary::status, i18n);
        Columns.label(programmeColumn, CandidateSummary::programme, i18n);
        Columns.value(workplaceColumn, CandidateSummary::workplaceName);
        Columns.date(referralColumn, CandidateSummary::referralDate);
        SortedList<CandidateSummary> sorted = new SortedList<>(list.items());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> list.totalProperty().get() > list.items().size()
                        ? i18n.format("candidates.count.truncated", list.items().size(), list.totalProperty().get())
                        : i18n.format("candidates.count", list.items().size()), list.items(), list.totalProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> onSelect(old, now));
    }

    private void setUpForm() {
        detailTabs.visibleProperty().bind(form.editingProperty());
        detailTabs.managedProperty().bind(form.editingProperty());
        var unsaved = tabs.progress().candidateIdProperty().isNull();
        progressTab.disableProperty().bind(unsaved);
        trainingTab.disableProperty().bind(unsaved);
        employmentTab.disableProperty().bind(unsaved);
        deleteButton.disableProperty().bind(unsaved);
        accessButton.disableProperty().bind(unsaved);
        tabs.progress().setOnChanged(list::refresh);
        tabs.employment().setOnChanged(() -> tabs.training().load(tabs.training().candidateIdProperty().get()));
        emptyPane.visibleProperty().bind(form.editingProperty().not());
        emptyPane.managedProperty().bind(form.editingProperty().not());
        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()).or(form.savingProperty()));
    }

    private void setUpKeys() {
        new ScreenKeys().shortcut(KeyCode.N, this::onNew).shortcut(KeyCode.F, searchField::requestFocus)
                .shortcut(KeyCode.S, () -> !saveButton.isDisabled(), this::onSave).installOn(root);
    }

    private void onSelect(CandidateSummary old, CandidateSummary now) {
        if (selectingInCode || now == null || form.editedId().map(id -> id == now.id()).orElse(false)) {
            return;
        }
        if (!mayLeave()) {
            selectingInCode = true;
            table.getSelectionModel().select(old);
            selectingInCode = false;
            return;
        }
        form.load(now.id());
        tabs.load(now.id());
    }


    @Override
    public void showCandidate(long candidateId, Navigator.CandidateTab tab) {
        if (form.editedId().map(id -> id != candidateId).orElse(true) && !mayLeave()) {
            return;
        }
        selectingInCode = true;
        table.getItems().stream().filter(c -> c.id() == candidateId).findFirst()
                .ifPresentOrElse(c -> {
                    table.getSelectionModel().select(c);
                    table.scrollTo(c);
                }, () -> table.getSelectionModel().clearSelection());
        selectingInCode = false;
        form.load(candidateId);
        tabs.load(candidateId);
        detailTabs.getSelectionModel().select(switch (tab) {
            case DETAILS -> detailsTab;
            case PROGRESS -> progressTab;
            case TRAINING -> trainingTab;
            case EMPLOYMENT -> employmentTab;
        });
    }

    /** Innsyn: everything stored about the person, as a readable page and a JSON file in a chosen folder. */
    @FXML
    private void onAccess() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("candidates.access.choose"));
        File folder = chooser.showDialog(table.getScene().getWindow());
        if (folder != null) {
            form.exportAccess(folder.toPath(), files -> dialogs.info(table, "candidates.access.done.title",
                    i18n.format("candidates.access.done", folder.toString())));
        }
    }

    @FXML
    private void onDelete() {
        if (form.editedId().isPresent() && dialogs.confirm(table, "candidates.delete.title", "candidates.delete.message", "common.delete")) {
            form.delete(() -> {
                tabs.load(null);
                list.refresh();
            });
        }
    }

    @FXML
    private void onNew() {
        if (!mayLeave()) {
            return;
        }
        selectingInCode = true;
        table.getSelectionModel().clearSelection();
        selectingInCode = false;
        form.startNew();
        tabs.load(null);
        detailTabs.getSelectionModel().select(detailsTab);
        detailsController.focusFirstField();
    }

    @FXML
    private void onSave() {
        form.save(saved -> {
            list.refresh();
            if (!saved.id().equals(tabs.progress().candidateIdProperty().get())) {
                tabs.load(saved.id());
            }
            detailsController.focusTitle();
        }, this::confirmDuplicates);
    }

    private boolean confirmDuplicates(List<CandidateSummary> found) {
        String who = String.join("\n", found.stream()
                .map(c -> c.fullName() + " (" + c.birthYear() + ", " + i18n.label(c.status()) + ")").toList());
        return dialogs.confirmText(table, "candidates.duplicate.title", i18n.format("candidates.duplicate.message", who),
                "candidates.duplicate.saveAnyway");
    }

    @FXML
    private void onCancel() {
        if (form.dirtyProperty().get() && !dialogs.confirmDiscard(table)) {
            return;
        }
        form.discard();
        if (form.editedId().isEmpty()) {
            form.close();
        }
    }

    @Override
    public boolean mayLeave() {
        if (!form.dirtyProperty().get()) {
            return true;
        }
        if (dialogs.confirmDiscard(table)) {
            form.discard();
            return true;
        }
        return false;
    }
}
