package no.samspill.ui.training;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.DueItem;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.TableActions;

/** Opplæring: every open step across candidates; a row opens the candidate's training. */
public final class TrainingOverviewController {

    private final TrainingOverviewViewModel model;
    private final I18n i18n;
    private final Navigator navigator;

    @FXML private ComboBox<TrainingOverviewViewModel.Range> rangeBox;
    @FXML private TableView<DueItem> stepTable;
    @FXML private TableColumn<DueItem, LocalDate> dueColumn;
    @FXML private TableColumn<DueItem, String> candidateColumn;
    @FXML private TableColumn<DueItem, String> stepColumn;

    public TrainingOverviewController(TrainingOverviewViewModel model, I18n i18n, Navigator navigator) {
        this.model = model;
        this.i18n = i18n;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        EnumCells.labels(rangeBox, TrainingOverviewViewModel.Range.class, i18n);
        rangeBox.valueProperty().bindBidirectional(model.rangeProperty());
        stepTable.setItems(model.steps());
        Columns.date(dueColumn, DueItem::due);
        Columns.value(candidateColumn, DueItem::candidateName);
        Columns.value(stepColumn, DueItem::what);
        TableActions.install(stepTable, item -> navigator.openCandidate(item.candidateId(), Navigator.CandidateTab.TRAINING), null);
        TableActions.markOverdue(stepTable, item -> item.due().isBefore(model.today()));
        model.refresh();
    }
}
