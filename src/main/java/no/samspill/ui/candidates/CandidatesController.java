package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.domain.ReferralSource;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.LeaveGuard;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.RecordView;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
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
    @FXML private Button newButton;
    @FXML private Label countLabel;
    @FXML private TableView<CandidateSummary> table;
    @FXML private TableColumn<CandidateSummary, String> nameColumn;
    @FXML private TableColumn<CandidateSummary, Integer> birthYearColumn;
    @FXML private TableColumn<CandidateSummary, CandidateStatus> statusColumn;
    @FXML private TableColumn<CandidateSummary, Programme> programmeColumn;
    @FXML private TableColumn<CandidateSummary, String> workplaceColumn;
    @FXML private TableColumn<CandidateSummary, LocalDate> referralColumn;
    @FXML private Node formPane;
    @FXML private TabPane detailTabs;
    @FXML private Tab detailsTab;
    @FXML private Tab progressTab;
    @FXML private Tab trainingTab;
    @FXML private Tab employmentTab;
    @FXML private CandidateProgressController progressController;
    @FXML private CandidateTrainingController trainingController;
    @FXML private CandidateEmploymentController employmentController;
    @FXML private Button deleteButton;
    @FXML private Button accessButton;
    @FXML private Node emptyPane;
    @FXML private Label formTitle;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField birthYearField;
    @FXML private Label birthYearError;
    @FXML private DatePicker birthDatePicker;
    @FXML private Label birthDateError;
    @FXML private Label nationalIdLabel;
    @FXML private TextField nationalIdField;
    @FXML private Label nationalIdError;
    @FXML private DatePicker informedDatePicker;
    @FXML private Label informedDateError;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private TextField contactField;
    @FXML private Label contactError;
    @FXML private ComboBox<Ref> navOfficeBox;
    @FXML private DatePicker referralDatePicker;
    @FXML private Label referralDateError;
    @FXML private ComboBox<ReferralSource> referralSourceBox;
    @FXML private ComboBox<Ref> workplaceBox;
    @FXML private ComboBox<Programme> programmeBox;
    @FXML private TextArea noteArea;
    @FXML private Label noteError;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    private final CandidateProgressViewModel progress;
    private final CandidateTrainingViewModel training;
    private final CandidateEmploymentViewModel employment;

    public CandidatesController(CandidateListViewModel list, CandidateFormViewModel form, CandidateProgressViewModel progress,
                                CandidateTrainingViewModel training, CandidateEmploymentViewModel employment,
                                I18n i18n, Dialogs dialogs) {
        this.list = list;
        this.form = form;
        this.progress = progress;
        this.training = training;
        this.employment = employment;
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
        statusFilter.getItems().add(new StatusOption(null, i18n.get("candidates.filter.allStatuses")));
        for (CandidateStatus s : CandidateStatus.values()) {
            statusFilter.getItems().add(new StatusOption(s, i18n.label(s)));
        }
        statusFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().addListener((obs, old, now) -> list.statusFilterProperty().set(now == null ? null : now.status()));
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
        var unsaved = progress.candidateIdProperty().isNull();
        progressTab.disableProperty().bind(unsaved);
        trainingTab.disableProperty().bind(unsaved);
        employmentTab.disableProperty().bind(unsaved);
        deleteButton.disableProperty().bind(unsaved);
        accessButton.disableProperty().bind(unsaved);
        progress.setOnChanged(list::refresh);
        employment.setOnChanged(() -> training.load(training.candidateIdProperty().get()));
        emptyPane.visibleProperty().bind(form.editingProperty().not());
        emptyPane.managedProperty().bind(form.editingProperty().not());
        nameField.textProperty().bindBidirectional(form.fullNameProperty());
        birthYearField.textProperty().bindBidirectional(form.birthYearProperty());
        DateFields.install(birthDatePicker, form.birthDateUnreadableProperty());
        birthDatePicker.valueProperty().bindBidirectional(form.birthDateProperty());
        EnumCells.labels(genderBox, Gender.class, i18n);
        genderBox.valueProperty().bindBidirectional(form.genderProperty());
        contactField.textProperty().bindBidirectional(form.contactProperty());
        navOfficeBox.setItems(form.navOffices());
        navOfficeBox.valueProperty().bindBidirectional(form.navOfficeProperty());
        DateFields.install(referralDatePicker, form.referralDateUnreadableProperty());
        referralDatePicker.valueProperty().bindBidirectional(form.referralDateProperty());
        EnumCells.labels(referralSourceBox, ReferralSource.class, i18n);
        referralSourceBox.valueProperty().bindBidirectional(form.referralSourceProperty());
        workplaceBox.setItems(form.workplaces());
        workplaceBox.valueProperty().bindBidirectional(form.workplaceProperty());
        EnumCells.labels(programmeBox, Programme.class, i18n);
        programmeBox.valueProperty().bindBidirectional(form.programmeProperty());
        noteArea.textProperty().bindBidirectional(form.noteProperty());

        FieldErrors.bind(nameField, nameError, form.fullNameErrorProperty(), i18n);
        FieldErrors.bind(birthYearField, birthYearError, form.birthYearErrorProperty(), i18n);
        FieldErrors.bind(birthDatePicker, birthDateError, form.birthDateErrorProperty(), i18n);
        FieldErrors.bind(contactField, contactError, form.contactErrorProperty(), i18n);
        FieldErrors.bind(referralDatePicker, referralDateError, form.referralDateErrorProperty(), i18n);
        FieldErrors.bind(noteArea, noteError, form.noteErrorProperty(), i18n);
        DateFields.install(informedDatePicker, form.informedDateUnreadableProperty());
        informedDatePicker.valueProperty().bindBidirectional(form.informedDateProperty());
        FieldErrors.bind(informedDatePicker, informedDateError, form.informedDateErrorProperty(), i18n);
        nationalIdField.textProperty().bindBidirectional(form.nationalIdProperty());
        FieldErrors.bind(nationalIdField, nationalIdError, form.nationalIdErrorProperty(), i18n);
        for (Node n : new Node[] {nationalIdLabel, nationalIdField}) {
            n.visibleProperty().bind(form.nationalIdEnabledProperty());
            n.managedProperty().bind(form.nationalIdEnabledProperty());
        }

        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()).or(form.savingProperty()));
    }

    private void setUpKeys() {
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        // On the scene while this screen is in it, so the keys work wherever the focus is (also on
        // the navigation), and leave with the screen.
        EventHandler<KeyEvent> keys = e -> {
            if (newKey.match(e)) {
                onNew();
            } else if (findKey.match(e)) {
                searchField.requestFocus();
            } else if (saveKey.match(e) && !saveButton.isDisabled()) {
                onSave();
            } else {
                return;
            }
            e.consume();
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
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
        loadDetails(now.id());
    }

    private void loadDetails(Long id) {
        progress.load(id);
        training.load(id);
        employment.load(id);
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
        loadDetails(candidateId);
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
                loadDetails(null);
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
        loadDetails(null);
        detailTabs.getSelectionModel().select(detailsTab);
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        form.save(saved -> {
            list.refresh();
            if (!saved.id().equals(progress.candidateIdProperty().get())) {
                loadDetails(saved.id());
            }
            formTitle.requestFocus();
        }, this::confirmDuplicates);
    }

    private boolean confirmDuplicates(List<CandidateSummary> found) {
        String who = found.stream().map(c -> c.fullName() + " (" + c.birthYear() + ", " + i18n.label(c.status()) + ")")
                .reduce((a, b) -> a + "\n" + b).orElse("");
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
