package no.samspill.ui.candidates;

import no.samspill.ui.common.ShownWhile;
import java.util.function.Supplier;
import javafx.scene.layout.BorderPane;
import no.samspill.ui.common.View;
import no.samspill.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import no.samspill.ui.importing.ImportDialog;
import no.samspill.ui.common.LeaveGuard;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.RecordView;
import no.samspill.ui.common.SavedNotice;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.ScreenKeys;
import no.samspill.ui.common.Scrolling;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Kandidater: the list on the left, the form on the right. Only binds; the ViewModels do the work. */
public final class CandidatesController implements LeaveGuard, RecordView {

    private final CandidateListViewModel list;
    private final CandidateFormViewModel form;
    private final AccessRequestFlow access;
    private final I18n i18n;
    private final Dialogs dialogs;
    private boolean selectingInCode;

    @FXML private Node root;
    @FXML private TextField searchField;
    @FXML private ComboBox<StatusOption> statusFilter;
    @FXML private Label countLabel;
    @FXML private TableView<CandidateSummary> table;
    @FXML private TabPane detailTabs;
    @FXML private Tab detailsTab;
    @FXML private Tab progressTab;
    @FXML private Tab trainingTab;
    @FXML private Tab employmentTab;
    @FXML private Tab measuresTab;
    @FXML private BorderPane detailsPane;
    @FXML private Button deleteButton;
    @FXML private Button accessButton;
    @FXML private Node emptyPane;
    @FXML private Button saveButton;
    @FXML private Label recordTitle;
    @FXML private Label recordStatus;
    @FXML private javafx.scene.Parent recordPane;
    @FXML private SplitPane split;
    @FXML private Label savedLabel;
    @FXML private Label emptyTableLabel;

    private final CandidateTabs tabs;
    private final DuplicateQuestion duplicates;
    private final Supplier<ImportDialog> imports;
    private final ViewLoader views;
    private RecordTabs recordTabs;
    /** The candidate the screen shows (or is about to show): the row kept highlighted as the list reloads. */
    private Long shownId;

    public CandidatesController(CandidateListViewModel list, CandidateFormViewModel form, CandidateTabs tabs,
                                AccessRequestViewModel access, I18n i18n, Dialogs dialogs, Supplier<ImportDialog> imports, ViewLoader views) {
        this.imports = imports;
        this.views = views;
        this.list = list;
        this.form = form;
        this.access = new AccessRequestFlow(access, i18n, dialogs);
        this.tabs = tabs;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.duplicates = new DuplicateQuestion(i18n, dialogs);
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
        searchField.textProperty().bindBidirectional(list.filterTextProperty());
    }

    private void setUpTable() {
        CandidateTable.install(table, countLabel, emptyTableLabel, list, i18n);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> onSelect(old, now));
        list.items().addListener((ListChangeListener<CandidateSummary>) c -> highlightShown());
    }

    /** Keeps the open candidate's row selected when the list reloads or the candidate was opened from another screen. */
    private void highlightShown() {
        selectingInCode = true;
        table.getItems().stream().filter(c -> shownId != null && c.id() == shownId).findFirst()
                .ifPresentOrElse(c -> {
                    table.getSelectionModel().select(c);
                    Scrolling.rowIntoView(table, table.getItems().indexOf(c));
                }, () -> table.getSelectionModel().clearSelection());
        selectingInCode = false;
    }

    private void show(Long candidateId) {
        shownId = candidateId;
        tabs.load(candidateId);
        highlightShown();
    }

    private void setUpForm() {
        ShownWhile.bind(form.editingProperty(), recordPane);
        RecordHeader.bind(recordTitle, recordStatus, form.storedProperty(), i18n);
        SavedNotice.show(savedLabel, form.savedAtProperty(), i18n);
        var unsaved = tabs.progress().candidateIdProperty().isNull();
        deleteButton.disableProperty().bind(unsaved);
        accessButton.disableProperty().bind(unsaved);
        recordTabs = new RecordTabs(views, form.editingProperty(), unsaved, detailsPane, split)
                .tab(progressTab, View.CANDIDATE_PROGRESS).tab(trainingTab, View.CANDIDATE_TRAINING)
                .tab(employmentTab, View.CANDIDATE_EMPLOYMENT).tab(measuresTab, View.CANDIDATE_MEASURES);
        tabs.onAnyChange(() -> {
            form.reloadStored();
            list.refresh();
        });
        ShownWhile.bind(form.editingProperty().not(), emptyPane);
        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()).or(form.savingProperty()));
    }

    private void setUpKeys() {
        new ScreenKeys().shortcut(KeyCode.N, this::onNew).shortcut(KeyCode.F, searchField::requestFocus)
                .shortcut(KeyCode.S, () -> form.editingProperty().get(), () -> FieldErrors.saveOrReveal(saveButton, recordPane)).installOn(root);
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
        show(now.id());
    }

    @Override
    public void showCandidate(long candidateId, Navigator.CandidateTab tab) {
        if (form.editedId().map(id -> id != candidateId).orElse(true) && !mayLeave()) {
            return;
        }
        form.load(candidateId);
        show(candidateId);
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
        form.editedId().ifPresent(id -> access.ask(table, id));
    }

    @FXML
    private void onDelete() {
        if (form.editedId().isPresent() && dialogs.confirm(table, "candidates.delete.title", "candidates.delete.message", "common.delete")) {
            form.delete(() -> {
                show(null);
                list.refresh();
            });
        }
    }

    @FXML
    private void onImport() {
        imports.get().show(table, list::refresh);
    }

    @FXML
    private void onNew() {
        if (!mayLeave()) {
            return;
        }
        form.startNew();
        show(null);
        detailTabs.getSelectionModel().select(detailsTab);
        recordTabs.details().focusFirstField();
    }

    @FXML
    private void onSave() {
        form.save(saved -> {
            if (!saved.id().equals(tabs.candidateId())) {
                show(saved.id());
            }
            list.refresh();
            // Away from the fields, so the next key does not edit what was just saved.
            recordTitle.requestFocus();
        }, found -> duplicates.saveAnyway(table, found, this::openInstead));
    }

    /** The user chose to open the registered record rather than save a duplicate: the draft is dropped. */
    private void openInstead(long existingId) {
        form.discard();
        form.load(existingId);
        show(existingId);
        detailTabs.getSelectionModel().select(detailsTab);
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
