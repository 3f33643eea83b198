package no.samspill.ui.evaluation;

import no.samspill.ui.common.ShownWhile;
import no.samspill.ui.common.StartFolder;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.Indicator;
import no.samspill.evaluation.ProgrammeTables;
import no.samspill.evaluation.IndicatorResult;
import no.samspill.evaluation.NarrativeCheck;
import no.samspill.evaluation.Protection;
import no.samspill.evaluation.SuppressionEntry;
import no.samspill.evaluation.Threshold;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.SavedNotice;
import no.samspill.ui.common.ScreenKeys;
import no.samspill.ui.common.LeaveGuard;
import java.io.File;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import no.samspill.ui.common.Dialogs;

/** Evaluering: binds the settings, draws the preview from the protected tables, and runs the export. */
public final class EvaluationController implements LeaveGuard {

    private final EvaluationViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final IndicatorPreview preview;

    @FXML private Spinner<Integer> yearSpinner;
    @FXML private DatePicker asOfPicker;
    @FXML private ComboBox<String> thresholdBox;
    @FXML private ComboBox<String> methodBox;
    @FXML private Label protectionLabel;
    @FXML private Spinner<Integer> customSpinner;
    @FXML private Button exportButton;
    @FXML private ProgressIndicator progress;
    @FXML private Button cancelExportButton;
    @FXML private Button rollUpButton;
    @FXML private Label statusLabel;
    @FXML private VBox previewBox;
    @FXML private HBox workingBox;
    @FXML private ProgressIndicator workingIndicator;
    @FXML private Label workingLabel;
    @FXML private TableView<SuppressionEntry> logTable;
    @FXML private TableColumn<SuppressionEntry, String> logIndicatorColumn;
    @FXML private TableColumn<SuppressionEntry, String> logRowColumn;
    @FXML private TableColumn<SuppressionEntry, String> logColumnColumn;
    @FXML private TableColumn<SuppressionEntry, String> logKindColumn;
    @FXML private TableColumn<SuppressionEntry, String> logRuleColumn;
    @FXML private TextArea whatWorkedArea;
    @FXML private TextArea barriersArea;
    @FXML private TextArea cooperationArea;
    @FXML private TextArea plansArea;
    @FXML private ListView<NarrativeCheck.Finding> findingList;
    @FXML private Button saveNarrativeButton;
    @FXML private Label narrativeSavedLabel;

    public EvaluationController(EvaluationViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.preview = new IndicatorPreview(i18n);
    }

    @FXML
    private void initialize() {
        new ScreenKeys().shortcut(KeyCode.S, () -> !saveNarrativeButton.isDisabled(), this::onSaveNarrative).installOn(saveNarrativeButton);
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2000, 2100, model.yearProperty().get()));
        yearSpinner.valueProperty().addListener((obs, old, now) -> model.yearProperty().set(now));
        DateFields.install(asOfPicker, new SimpleBooleanProperty());
        asOfPicker.valueProperty().bindBidirectional(model.asOfProperty());
        thresholdBox.getItems().setAll(i18n.get("evaluation.threshold.nav"), i18n.get("evaluation.threshold.ssb"),
                i18n.get("evaluation.threshold.custom"));
        thresholdBox.getSelectionModel().selectFirst();
        customSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 20, 5));
        customSpinner.visibleProperty().bind(thresholdBox.getSelectionModel().selectedIndexProperty().isEqualTo(2));
        Runnable applyThreshold = () -> model.thresholdProperty().set(switch (thresholdBox.getSelectionModel().getSelectedIndex()) {
            case 1 -> Threshold.SSB;
            case 2 -> new Threshold("custom", customSpinner.getValue());
            default -> Threshold.NAV;
        });
        thresholdBox.getSelectionModel().selectedIndexProperty().addListener(x -> applyThreshold.run());
        customSpinner.valueProperty().addListener(x -> applyThreshold.run());
        methodBox.getItems().setAll(i18n.get("evaluation.method.suppression"), i18n.get("evaluation.method.rounding"));
        methodBox.getSelectionModel().selectFirst();
        methodBox.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.methodProperty()
                .set(now.intValue() == 1 ? Protection.Method.ROUNDING : Protection.Method.SUPPRESSION));

        whatWorkedArea.textProperty().bindBidirectional(model.whatWorkedProperty());
        barriersArea.textProperty().bindBidirectional(model.barriersProperty());
        cooperationArea.textProperty().bindBidirectional(model.cooperationProperty());
        plansArea.textProperty().bindBidirectional(model.plansProperty());
        findingList.setItems(model.findings());
        findingList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NarrativeCheck.Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : i18n.format("evaluation.finding", f.text(), i18n.plain("evaluation.narrative." + f.section())));
            }
        });
        ShownWhile.bind(Bindings.isNotEmpty(model.findings()), findingList);
        saveNarrativeButton.disableProperty().bind(model.narrativeDirtyProperty().not());
        SavedNotice.show(narrativeSavedLabel, model.narrativeSavedAtProperty(), i18n);

        // An export and a roll-up share the busy sign and its cancel button, so one runs at a time.
        BooleanBinding busy = model.exportingProperty().or(model.rollUps().busyProperty());
        exportButton.disableProperty().bind(model.previewProperty().isNull().or(Bindings.isNotEmpty(model.findings())).or(busy));
        rollUpButton.disableProperty().bind(busy);
        progress.visibleProperty().bind(busy);
        cancelExportButton.visibleProperty().bind(busy);
        // Hidden controls give their room back, so the row fits a 1366-pixel laptop screen.
        for (Node n : new Node[] {progress, cancelExportButton, customSpinner}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> !model.findings().isEmpty()
                ? i18n.get("evaluation.status.blocked") : "", model.findings()));

        Columns.value(logIndicatorColumn, e -> ProgrammeTables.title(e.indicatorId(), model.language()));
        Columns.value(logRowColumn, e -> label(e.indicatorId(), e.row(), true));
        Columns.value(logColumnColumn, e -> label(e.indicatorId(), e.column(), false));
        Columns.value(logKindColumn, e -> i18n.get(e.kind() == SuppressionEntry.Kind.PRIMARY ? "evaluation.log.primary" : "evaluation.log.secondary"));
        Columns.value(logRuleColumn, SuppressionEntry::rule);
        model.previewProperty().addListener((obs, old, now) -> show(now));
        ShownWhile.bind(model.workingProperty().isNotNull(), workingBox);
        workingLabel.textProperty().bind(Bindings.createStringBinding(() -> model.workingProperty().get() == null ? ""
                : i18n.get(model.workingProperty().get()), model.workingProperty()));
        workingIndicator.accessibleTextProperty().bind(workingLabel.textProperty());
        model.load();
    }

    private String label(String indicatorId, String code, boolean row) {
        Indicator i = ProgrammeTables.indicatorOf(indicatorId);
        return (row ? i.rowLabel(code) : i.columnLabel(code)).in(model.language());
    }

    private void show(Evaluation.Result result) {
        previewBox.getChildren().clear();
        logTable.getItems().clear();
        if (result == null) {
            return;
        }
        String lang = model.language();
        for (IndicatorResult r : result.indicators()) {
            previewBox.getChildren().addAll(preview.section(r, lang, result.period().year()));
        }
        logTable.getItems().setAll(result.log());
        protectionLabel.setText(preview.protection(result));
    }

    @FXML
    private void onSaveNarrative() {
        model.saveNarrative();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(StartFolder.documents());
        chooser.setTitle(i18n.get("evaluation.export.title"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("evaluation.export.filter"), "*.zip"));
        File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Exports to a chosen file; the confirmation says where it went. */
    void exportTo(Path file) {
        model.export(file, done -> dialogs.info(exportButton, "evaluation.export.done.title",
                i18n.format("evaluation.export.done", done.toString())));
    }

    @FXML
    private void onRollUp() {
        new RollUpFlow(model, i18n, dialogs).run(exportButton);
    }

    @FXML
    private void onCancelExport() {
        model.cancelExport();
        model.rollUps().cancel();
    }

    @Override
    public boolean mayLeave() {
        if (!model.narrativeDirtyProperty().get()) {
            return true;
        }
        return dialogs.confirmDiscard(exportButton);
    }

}
