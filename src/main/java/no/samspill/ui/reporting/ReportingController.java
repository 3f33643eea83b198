package no.samspill.ui.reporting;

import no.samspill.ui.common.StartFolder;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import no.samspill.ui.common.ScreenKeys;
import no.samspill.ui.common.SplitRoom;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.samspill.domain.Programme;
import no.samspill.domain.ProgrammeGrant;
import no.samspill.domain.ReportDeadline;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Numbers;
import no.samspill.ui.common.TableActions;

/** The Rapportering screen: the year's figures with a copy button each, the grants and the deadlines. */
public final class ReportingController {

    /** "All programmes" is the empty choice. */
    private record ProgrammeChoice(Programme programme) {
    }

    private final ReportingViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final Numbers numbers;

    @FXML private Spinner<Integer> yearSpinner;
    @FXML private ComboBox<ProgrammeChoice> programmeBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label copiedLabel;
    @FXML private Button exportButton;
    @FXML private VBox figuresBox;
    @FXML private BorderPane root;
    @FXML private VBox sideBox;
    @FXML private TableView<ProgrammeGrant> grantTable;
    @FXML private TableColumn<ProgrammeGrant, Integer> grantYearColumn;
    @FXML private TableColumn<ProgrammeGrant, Programme> grantProgrammeColumn;
    @FXML private TableColumn<ProgrammeGrant, String> grantGrantedColumn;
    @FXML private TableColumn<ProgrammeGrant, String> grantBalanceColumn;
    @FXML private Button editGrantButton;
    @FXML private Button deleteGrantButton;
    @FXML private TextField auditorLimitField;
    @FXML private Label auditorLimitMessage;
    @FXML private TableView<ReportDeadline> deadlineTable;
    @FXML private TableColumn<ReportDeadline, LocalDate> deadlineDueColumn;
    @FXML private TableColumn<ReportDeadline, String> deadlineTitleColumn;
    @FXML private TableColumn<ReportDeadline, Boolean> deadlineDoneColumn;
    @FXML private Button editDeadlineButton;
    @FXML private Button deleteDeadlineButton;

    public ReportingController(ReportingViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.numbers = new Numbers(i18n.language().locale());
    }

    @FXML
    private void initialize() {
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2000, 2100, model.yearProperty().get()));
        yearSpinner.valueProperty().addListener((obs, old, now) -> model.yearProperty().set(now));
        String all = i18n.get("reporting.programme.all");
        programmeBox.setConverter(EnumCells.display(c -> c.programme() == null ? all : i18n.label(c.programme()), all));
        model.programmes().addListener((ListChangeListener<Programme>) c -> choices());
        programmeBox.valueProperty().addListener((obs, old, now) -> model.programmeProperty().set(now == null ? null : now.programme()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        FigureLines lines = new FigureLines(i18n, copiedLabel::setText);
        model.lines().addListener((ListChangeListener<no.samspill.evaluation.GrantReport.Line>) c -> lines.draw(figuresBox, model.lines()));
        exportButton.disableProperty().bind(model.busyProperty());
        grants();
        deadlines();
        model.auditorLimitProperty().addListener((obs, old, now) -> auditorLimitField.setText(numbers.grouped(BigDecimal.valueOf(now.longValue()), 0)));
        auditorLimitField.setText(numbers.grouped(BigDecimal.valueOf(model.auditorLimitProperty().get()), 0));
        // Grants and deadlines take at most two fifths of the screen, so the figures keep room at a large text size.
        SplitRoom.capSide(sideBox, root, 360, 440, 0.4);
        // The auditor's limit is the one thing typed on this screen; Ctrl+S saves it as elsewhere.
        new ScreenKeys().shortcut(KeyCode.S, this::onSaveAuditorLimit).installOn(auditorLimitField);
        model.load();
    }

    private void choices() {
        List<ProgrammeChoice> items = new ArrayList<>();
        items.add(new ProgrammeChoice(null));
        model.programmes().forEach(p -> items.add(new ProgrammeChoice(p)));
        programmeBox.getItems().setAll(items);
        programmeBox.setValue(new ProgrammeChoice(model.programmeProperty().get()));
    }

    private void grants() {
        grantTable.setItems(model.grants());
        Columns.value(grantYearColumn, ProgrammeGrant::year);
        Columns.label(grantProgrammeColumn, ProgrammeGrant::programme, i18n);
        Columns.value(grantGrantedColumn, g -> kroner(g.granted()));
        Columns.value(grantBalanceColumn, g -> kroner(g.balance()));
        TableActions.install(grantTable, this::editGrant, this::deleteGrant);
        editGrantButton.disableProperty().bind(grantTable.getSelectionModel().selectedItemProperty().isNull());
        deleteGrantButton.disableProperty().bind(grantTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void deadlines() {
        deadlineTable.setItems(model.deadlines());
        Columns.date(deadlineDueColumn, ReportDeadline::due);
        Columns.value(deadlineTitleColumn, ReportDeadline::title);
        Columns.yesNo(deadlineDoneColumn, ReportDeadline::done, i18n);
        TableActions.install(deadlineTable, this::editDeadline, this::deleteDeadline);
        editDeadlineButton.disableProperty().bind(deadlineTable.getSelectionModel().selectedItemProperty().isNull());
        deleteDeadlineButton.disableProperty().bind(deadlineTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private String kroner(long value) {
        return numbers.grouped(BigDecimal.valueOf(value), 0) + " kr";
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(StartFolder.documents());
        chooser.setTitle(i18n.get("reporting.export.title"));
        chooser.setInitialFileName("samspill-rapportering-" + model.yearProperty().get() + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("reporting.export.filter"), "*.xlsx"));
        File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the sheet to a chosen file; the confirmation says where it went. */
    void exportTo(Path file) {
        String title = i18n.format("reporting.export.heading", Integer.toString(model.yearProperty().get()),
                programmeBox.getConverter().toString(programmeBox.getValue()));
        model.exportSheet(file, title, i18n.language().locale().getLanguage(),
                () -> dialogs.info(exportButton, "reporting.export.done.title", i18n.format("reporting.export.done", file.toString())));
    }

    @FXML
    private void onSaveAuditorLimit() {
        Long limit = Numbers.parseWhole(auditorLimitField.getText(), 12);
        boolean valid = limit != null;
        auditorLimitMessage.setText(valid ? "" : i18n.get("validation.amount"));
        auditorLimitMessage.setVisible(!valid);
        auditorLimitMessage.setManaged(!valid);
        if (valid) {
            model.saveAuditorLimit(limit);
        }
    }

    @FXML
    private void onNewGrant() {
        showGrant(model.newGrant());
    }

    @FXML
    private void onEditGrant() {
        editGrant(grantTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteGrant() {
        deleteGrant(grantTable.getSelectionModel().getSelectedItem());
    }

    private void editGrant(ProgrammeGrant g) {
        if (g != null) {
            showGrant(model.edit(g));
        }
    }

    private void showGrant(GrantForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "reporting.grant.dialog.new" : "reporting.grant.dialog.edit", f.form)
                .choice("reporting.grant.field.programme", f.programme, Programme.class)
                .number("reporting.grant.field.year", f.year)
                .number("reporting.grant.field.granted", f.granted)
                .number("reporting.grant.field.received", f.received)
                .number("reporting.grant.field.spent", f.spent)
                .showAndWait(grantTable)) {
            model.save(f);
        }
    }

    private void deleteGrant(ProgrammeGrant g) {
        if (g != null && dialogs.confirm(grantTable, "reporting.grant.delete.title", "reporting.grant.delete.message", "common.delete")) {
            model.delete(g);
        }
    }

    @FXML
    private void onNewDeadline() {
        showDeadline(model.newDeadline());
    }

    @FXML
    private void onEditDeadline() {
        editDeadline(deadlineTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteDeadline() {
        deleteDeadline(deadlineTable.getSelectionModel().getSelectedItem());
    }

    private void editDeadline(ReportDeadline d) {
        if (d != null) {
            showDeadline(model.edit(d));
        }
    }

    private void showDeadline(DeadlineForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "reporting.deadline.dialog.new" : "reporting.deadline.dialog.edit", f.form)
                .text("reporting.deadline.field.title", f.title)
                .date("reporting.deadline.field.due", f.due)
                .number("reporting.deadline.field.remindDays", f.remindDays)
                .check("reporting.deadline.field.done", f.done)
                .showAndWait(deadlineTable)) {
            model.save(f);
        }
    }

    private void deleteDeadline(ReportDeadline d) {
        if (d != null && dialogs.confirm(deadlineTable, "reporting.deadline.delete.title", "reporting.deadline.delete.message", "common.delete")) {
            model.delete(d);
        }
    }
}
