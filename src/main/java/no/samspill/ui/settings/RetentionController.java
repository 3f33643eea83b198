package no.samspill.ui.settings;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import javafx.beans.binding.Bindings;

/** The Personvern part of Innstillinger: the retention time and the candidates due for anonymisation. */
public final class RetentionController {

    private final RetentionViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private Spinner<Integer> yearsSpinner;
    @FXML private ListView<CandidateSummary> dueList;
    @FXML private Button anonymiseButton;

    public RetentionController(RetentionViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        yearsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10, RetentionViewModel.DEFAULT_YEARS));
        model.yearsProperty().addListener((obs, old, now) -> yearsSpinner.getValueFactory().setValue(now.intValue()));
        yearsSpinner.valueProperty().addListener((obs, old, now) -> model.yearsProperty().set(now));
        dueList.setItems(model.due());
        dueList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        dueList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CandidateSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.fullName() + " (" + c.birthYear() + ")");
            }
        });
        anonymiseButton.disableProperty().bind(Bindings.isEmpty(model.due()));
        model.load();
    }

    @FXML
    private void onAnonymise() {
        List<CandidateSummary> chosen = dueList.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(model.due()) : List.copyOf(dueList.getSelectionModel().getSelectedItems());
        if (dialogs.confirmText(dueList, "retention.confirm.title", i18n.format("retention.confirm.message", chosen.size()),
                "retention.confirm.ok")) {
            model.anonymise(chosen);
        }
    }
}
