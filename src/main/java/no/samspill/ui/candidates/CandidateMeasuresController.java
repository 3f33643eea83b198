package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** The Nav-tiltak tab of a candidate. */
public final class CandidateMeasuresController {

    private final CandidateMeasuresViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private TableView<MeasurePeriod> measureTable;
    @FXML private TableColumn<MeasurePeriod, NavMeasure> measureNameColumn;
    @FXML private TableColumn<MeasurePeriod, String> measureCodeColumn;
    @FXML private TableColumn<MeasurePeriod, LocalDate> measureStartColumn;
    @FXML private TableColumn<MeasurePeriod, LocalDate> measureEndColumn;
    @FXML private TableColumn<MeasurePeriod, String> measureOfficeColumn;
    @FXML private Button newMeasureButton;
    @FXML private Button editMeasureButton;
    @FXML private Button deleteMeasureButton;

    public CandidateMeasuresController(CandidateMeasuresViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        measureTable.setItems(model.periods());
        Columns.label(measureNameColumn, MeasurePeriod::measure, i18n);
        Columns.value(measureCodeColumn, m -> m.measure().code());
        Columns.date(measureStartColumn, MeasurePeriod::start);
        Columns.date(measureEndColumn, MeasurePeriod::end);
        Columns.value(measureOfficeColumn, m -> model.officeName(m.navOfficeId()));
        TableActions.install(measureTable, this::edit, this::delete);
        newMeasureButton.disableProperty().bind(model.candidateIdProperty().isNull());
        editMeasureButton.disableProperty().bind(measureTable.getSelectionModel().selectedItemProperty().isNull());
        deleteMeasureButton.disableProperty().bind(measureTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onNewMeasure() {
        show(model.newPeriod());
    }

    @FXML
    private void onEditMeasure() {
        edit(measureTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteMeasure() {
        delete(measureTable.getSelectionModel().getSelectedItem());
    }

    private void edit(MeasurePeriod m) {
        if (m != null) {
            show(model.edit(m));
        }
    }

    private void show(MeasureForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "measure.dialog.new" : "measure.dialog.edit", f.form)
                .choice("measure.field.measure", f.measure, NavMeasure.class)
                .date("measure.field.start", f.start)
                .date("measure.field.end", f.end)
                .choice("measure.field.office", f.office, model.offices(), Ref::name)
                .showAndWait(measureTable)) {
            model.save(f);
        }
    }

    private void delete(MeasurePeriod m) {
        if (m != null && dialogs.confirm(measureTable, "measure.delete.title", "measure.delete.message", "common.delete")) {
            model.delete(m);
        }
    }
}
