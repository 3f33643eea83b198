package no.samspill.ui.workplaces;

import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.ScreenKeys;
import no.samspill.ui.common.TableActions;
import no.samspill.ui.needs.NeedsController;
import no.samspill.ui.needs.PlacementController;

/** Arbeidssteder: the workplace registry and the partner organisations, with tabs for needs and capacity and for placement. */
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
    @FXML private Tab needsTab;
    @FXML private Tab placementTab;
    @FXML private NeedsController needsController;
    @FXML private PlacementController placementController;

    public WorkplacesController(WorkplacesViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        new ScreenKeys().shortcut(KeyCode.N, this::onNewWorkplace).installOn(editWorkplaceButton);
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
        // The other tabs read what the registry and the candidates' screens may have changed meanwhile.
        needsTab.setOnSelectionChanged(e -> {
            if (needsTab.isSelected()) {
                needsController.refresh();
            }
        });
        placementTab.setOnSelectionChanged(e -> {
            if (placementTab.isSelected()) {
                placementController.refresh();
            }
        });
    }

    @FXML
    private void onNewWorkplace() {
        editWorkplace(model.newWorkplace());
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
        editWorkplace(model.edit(w));
    }

    private void editWorkplace(WorkplaceForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "workplaces.dialog.new" : "workplaces.dialog.edit", f.form)
                .text("workplaces.field.name", f.name)
                .choice("workplaces.field.type", f.type, WorkplaceType.class)
                .check("workplaces.field.active", f.active)
                .showAndWait(workplaceTable)) {
            model.save(f);
        }
    }

    private void deleteWorkplace(Workplace w) {
        if (w != null && dialogs.confirm(workplaceTable, "workplaces.delete.title", "workplaces.delete.message", "common.delete")) {
            model.deleteWorkplace(w.id());
        }
    }

    @FXML
    private void onNewPartner() {
        editPartner(model.newPartner());
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
        editPartner(model.edit(p));
    }

    private void editPartner(PartnerForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "partners.dialog.new" : "partners.dialog.edit", f.form)
                .text("partners.field.name", f.name)
                .choice("partners.field.type", f.type, PartnerType.class)
                .showAndWait(partnerTable)) {
            model.save(f);
        }
    }

    private void deletePartner(PartnerOrganisation p) {
        if (p != null && dialogs.confirm(partnerTable, "partners.delete.title", "partners.delete.message", "common.delete")) {
            model.deletePartner(p.id());
        }
    }
}
