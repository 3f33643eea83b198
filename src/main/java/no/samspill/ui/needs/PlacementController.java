package no.samspill.ui.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import no.samspill.data.PlacementRepository;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.PlacementWarning;
import no.samspill.domain.WaitingCandidate;
import no.samspill.domain.WorkplaceLoad;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;

/**
 * The "Plassering" tab: pick a waiting candidate and a workplace, then place. A workplace that is
 * already over its places or mentors is marked; a placement that would take it over asks first and
 * names what would be exceeded.
 */
public final class PlacementController {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final PlacementViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private Label waitingCount;
    @FXML private TableView<WaitingCandidate> waitingTable;
    @FXML private TableColumn<WaitingCandidate, String> waitingNameColumn;
    @FXML private TableColumn<WaitingCandidate, CandidateStatus> waitingStatusColumn;
    @FXML private TableColumn<WaitingCandidate, LocalDate> waitingReferredColumn;
    @FXML private TableView<WorkplaceLoad> loadTable;
    @FXML private TableColumn<WorkplaceLoad, String> loadNameColumn;
    @FXML private TableColumn<WorkplaceLoad, Integer> loadPlacesColumn;
    @FXML private TableColumn<WorkplaceLoad, Integer> loadPlacedColumn;
    @FXML private TableColumn<WorkplaceLoad, Integer> loadFreeColumn;
    @FXML private TableColumn<WorkplaceLoad, Integer> loadMentorsColumn;
    @FXML private TableColumn<WorkplaceLoad, String> loadWarningColumn;
    @FXML private Button placeButton;

    public PlacementController(PlacementViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        waitingTable.setItems(model.waiting());
        Columns.value(waitingNameColumn, WaitingCandidate::fullName);
        Columns.label(waitingStatusColumn, WaitingCandidate::status, i18n);
        Columns.date(waitingReferredColumn, WaitingCandidate::referralDate);
        waitingCount.textProperty().bind(Bindings.createStringBinding(() -> model.waitingTotal().get() > PlacementRepository.SHOWN
                ? i18n.format("placement.waiting.more", model.waitingTotal().get(), PlacementRepository.SHOWN)
                : i18n.format("placement.waiting.count", model.waitingTotal().get()), model.waitingTotal()));
        loadTable.setItems(model.workplaces());
        Columns.value(loadNameColumn, WorkplaceLoad::name);
        Columns.value(loadPlacesColumn, l -> l.plan() == null ? null : l.plan().candidatePlaces());
        Columns.value(loadPlacedColumn, WorkplaceLoad::placed);
        Columns.value(loadFreeColumn, WorkplaceLoad::free);
        Columns.value(loadMentorsColumn, l -> l.plan() == null ? null : l.plan().mentorsAvailable());
        Columns.value(loadWarningColumn, l -> words(l.warnings()));
        loadTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WorkplaceLoad item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(WARNING,
                        !empty && item != null && item.plan() != null && !item.warnings().isEmpty());
            }
        });
        placeButton.disableProperty().bind(waitingTable.getSelectionModel().selectedItemProperty().isNull()
                .or(loadTable.getSelectionModel().selectedItemProperty().isNull()));
        model.load();
    }

    private String question(WaitingCandidate candidate, WorkplaceLoad workplace, List<PlacementWarning> warnings) {
        if (workplace.plan() == null) {
            return i18n.format("placement.confirm.noPlan", candidate.fullName(), workplace.name());
        }
        return i18n.format("placement.confirm.message", candidate.fullName(), workplace.name(), workplace.plan().candidatePlaces(),
                workplace.plan().mentorsAvailable(), workplace.placed(), words(warnings));
    }

    private String words(List<PlacementWarning> warnings) {
        return warnings.stream().map(i18n::label).collect(Collectors.joining("; "));
    }

    /** Reads the lists again, for when the tab is shown after work elsewhere. */
    public void refresh() {
        model.load();
    }

    @FXML
    private void onPlace() {
        WaitingCandidate candidate = waitingTable.getSelectionModel().getSelectedItem();
        WorkplaceLoad workplace = loadTable.getSelectionModel().getSelectedItem();
        if (candidate == null || workplace == null) {
            return;
        }
        List<PlacementWarning> warnings = workplace.warningsWithOneMore();
        if (warnings.isEmpty() || dialogs.confirmText(loadTable, "placement.confirm.title", question(candidate, workplace, warnings),
                "placement.place.anyway")) {
            model.place(candidate, workplace);
        }
    }
}
