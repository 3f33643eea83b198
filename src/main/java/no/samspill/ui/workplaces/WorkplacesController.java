package no.samspill.ui.workplaces;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.Checks;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** Arbeidssteder: the workplace registry above, the partner organisations below. */
public final class WorkplacesController {

    private final WorkplacesViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private TableView<Workplace> workplaceTable;
    @FXML private TableColumn<Workplace, String> workplaceNameColumn;
    @FXML private TableColumn<Workplace, WorkplaceType> workplaceTypeColumn;
    @FXML private TableColumn<Workplace, Boolean> workplaceActiveColumn;
    @FXML private Button editWorkplaceButton;
    @FXML private Button deleteWorkplaceButton;
    @FXML private TableView<PartnerOrganisation> partnerTable;
    @FXML private TableColumn<PartnerOrganisation, String> partnerNameColumn;
    @FXML private TableColumn<PartnerOrganisation, PartnerType> partnerTypeColumn;
    @FXML private Button editPartnerButton;
    @FXML private Button deletePartnerButton;

    public WorkplacesController(WorkplacesViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        workplaceTable.setItems(model.workplaces());
        Columns.value(workplaceNameColumn, Workplace::name);
        Columns.label(workplaceTypeColumn, Workplace::type, i18n);
        Columns.yesNo(workplaceActiveColumn, Workplace::active, i18n);
        TableActions.install(workplaceTable, this::editWorkplace, this::deleteWorkplace);
        editWorkplaceButton.disableProperty().bind(workplaceTable.getSelectionModel().selectedItemProperty().isNull());
        deleteWorkplaceButton.disableProperty().bind(workplaceTable.getSelectionModel().selectedItemProperty().isNull());

        partnerTable.setItems(model.partners());
        Columns.value(partnerNameColumn, PartnerOrganisation::name);
        Columns.label(partnerTypeColumn, PartnerOrganisation::type, i18n);
        TableActions.install(partnerTable, this::editPartner, this::deletePartner);
        editPartnerButton.disableProperty().bind(partnerTable.getSelectionModel().selectedItemProperty().isNull());
        deletePartnerButton.disableProperty().bind(partnerTable.getSelectionModel().selectedItemProperty().isNull());
        model.refresh();
    }

    @FXML
    private void onNewWorkplace() {
        editWorkplace(new Workplace(null, model.municipalityId(), "", WorkplaceType.NURSING_HOME, true));
    }

    @FXML
    private void onEditWorkplace() {
        editWorkplace(workplaceTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteWorkplace() {
        deleteWorkplace(workplaceTable.getSelectionModel().getSelectedItem());
    }

    private void editWorkplace(Workplace w) {
        FormDialog form = new FormDialog(i18n, dialogs, w.id() == null ? "workplaces.dialog.new" : "workplaces.dialog.edit");
        var name = form.text("workplaces.field.name", w.name(), v -> Checks.requiredText(v, Checks.MAX_TITLE));
        var type = form.choice("workplaces.field.type", WorkplaceType.class, w.type());
        var active = form.check("workplaces.field.active", w.active());
        if (form.showAndWait(workplaceTable)) {
            model.save(new Workplace(w.id(), w.municipalityId(), name.value(), type.value(), active.value()));
        }
    }

    private void deleteWorkplace(Workplace w) {
        if (w != null && dialogs.confirm(workplaceTable, "workplaces.delete.title", "workplaces.delete.message", "common.delete")) {
            model.deleteWorkplace(w.id());
        }
    }

    @FXML
    private void onNewPartner() {
        editPartner(new PartnerOrganisation(null, model.municipalityId(), "", PartnerType.NAV_OFFICE));
    }

    @FXML
    private void onEditPartner() {
        editPartner(partnerTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeletePartner() {
        deletePartner(partnerTable.getSelectionModel().getSelectedItem());
    }

    private void editPartner(PartnerOrganisation p) {
        FormDialog form = new FormDialog(i18n, dialogs, p.id() == null ? "partners.dialog.new" : "partners.dialog.edit");
        var name = form.text("partners.field.name", p.name(), v -> Checks.requiredText(v, Checks.MAX_TITLE));
        var type = form.choice("partners.field.type", PartnerType.class, p.type());
        if (form.showAndWait(partnerTable)) {
            model.save(new PartnerOrganisation(p.id(), p.municipalityId(), name.value(), type.value()));
        }
    }

    private void deletePartner(PartnerOrganisation p) {
        if (p != null && dialogs.confirm(partnerTable, "partners.delete.title", "partners.delete.message", "common.delete")) {
            model.deletePartner(p.id());
        }
    }
}
