package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.IncomeSource;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** The lower half of the Nav-tiltak tab: periods on a Nav benefit or a municipal wage, and signed lærekontrakter. */
public final class CandidateIncomeController {

    private final CandidateMeasuresViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private TableView<IncomePeriod> incomeTable;
    @FXML private TableColumn<IncomePeriod, IncomeSource> incomeSourceColumn;
    @FXML private TableColumn<IncomePeriod, LocalDate> incomeStartColumn;
    @FXML private TableColumn<IncomePeriod, LocalDate> incomeEndColumn;
    @FXML private Button newIncomeButton;
    @FXML private Button editIncomeButton;
    @FXML private Button deleteIncomeButton;
    @FXML private TableView<ApprenticeshipContract> contractTable;
    @FXML private TableColumn<ApprenticeshipContract, LocalDate> contractSignedColumn;
    @FXML private TableColumn<ApprenticeshipContract, Boolean> contractGuaranteedColumn;
    @FXML private Button newContractButton;
    @FXML private Button editContractButton;
    @FXML private Button deleteContractButton;

    public CandidateIncomeController(CandidateMeasuresViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        incomeTable.setItems(model.incomes());
        Columns.label(incomeSourceColumn, IncomePeriod::source, i18n);
        Columns.date(incomeStartColumn, IncomePeriod::start);
        Columns.date(incomeEndColumn, IncomePeriod::end);
        TableActions.install(incomeTable, this::editIncome, this::deleteIncome);
        contractTable.setItems(model.contracts());
        Columns.date(contractSignedColumn, ApprenticeshipContract::signed);
        Columns.yesNo(contractGuaranteedColumn, ApprenticeshipContract::guaranteed, i18n);
        TableActions.install(contractTable, this::editContract, this::deleteContract);
        newIncomeButton.disableProperty().bind(model.candidateIdProperty().isNull());
        newContractButton.disableProperty().bind(model.candidateIdProperty().isNull());
        editIncomeButton.disableProperty().bind(incomeTable.getSelectionModel().selectedItemProperty().isNull());
        deleteIncomeButton.disableProperty().bind(incomeTable.getSelectionModel().selectedItemProperty().isNull());
        editContractButton.disableProperty().bind(contractTable.getSelectionModel().selectedItemProperty().isNull());
        deleteContractButton.disableProperty().bind(contractTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onNewIncome() {
        showIncome(model.newIncome());
    }

    @FXML
    private void onEditIncome() {
        editIncome(incomeTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteIncome() {
        deleteIncome(incomeTable.getSelectionModel().getSelectedItem());
    }

    private void editIncome(IncomePeriod p) {
        if (p != null) {
            showIncome(model.edit(p));
        }
    }

    private void showIncome(IncomeForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "income.dialog.new" : "income.dialog.edit", f.form)
                .choice("income.field.source", f.source, IncomeSource.class)
                .date("income.field.start", f.start)
                .date("income.field.end", f.end)
                .info("income.help")
                .showAndWait(incomeTable)) {
            model.save(f);
        }
    }

    private void deleteIncome(IncomePeriod p) {
        if (p != null && dialogs.confirm(incomeTable, "income.delete.title", "income.delete.message", "common.delete")) {
            model.delete(p);
        }
    }

    @FXML
    private void onNewContract() {
        showContract(model.newContract());
    }

    @FXML
    private void onEditContract() {
        editContract(contractTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteContract() {
        deleteContract(contractTable.getSelectionModel().getSelectedItem());
    }

    private void editContract(ApprenticeshipContract c) {
        if (c != null) {
            showContract(model.edit(c));
        }
    }

    private void showContract(ContractForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "contract.dialog.new" : "contract.dialog.edit", f.form)
                .date("contract.field.signed", f.signed)
                .check("contract.field.guaranteed", f.guaranteed)
                .showAndWait(contractTable)) {
            model.save(f);
        }
    }

    private void deleteContract(ApprenticeshipContract c) {
        if (c != null && dialogs.confirm(contractTable, "contract.delete.title", "contract.delete.message", "common.delete")) {
            model.delete(c);
        }
    }
}
