package no.samspill.ui.needs;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.PlacementRepository;
import no.samspill.domain.WaitingCandidate;
import no.samspill.domain.WorkplaceLoad;
import no.samspill.ui.common.ViewModelContext;

/**
 * The placement view: candidates waiting for a workplace beside the workplaces and their capacity
 * today. Placing is the candidate's own audited save; the controller asks first when the workplace
 * would go over its places or its mentors.
 */
public final class PlacementViewModel {

    private final PlacementRepository repository;
    private final ViewModelContext context;
    private final ObservableList<WaitingCandidate> waiting = FXCollections.observableArrayList();
    private final ObservableList<WorkplaceLoad> workplaces = FXCollections.observableArrayList();
    private final IntegerProperty waitingTotal = new SimpleIntegerProperty();

    public PlacementViewModel(PlacementRepository repository, ViewModelContext context) {
        this.repository = repository;
        this.context = context;
    }

    public void load() {
        long mid = context.municipalityId();
        context.task(() -> new Loaded(repository.waiting(mid), repository.loads(mid, context.today()))).load().onSuccess(l -> {
            waiting.setAll(l.waiting().first());
            waitingTotal.set(l.waiting().total());
            workplaces.setAll(l.loads());
        }).start();
    }

    public void place(WaitingCandidate candidate, WorkplaceLoad workplace) {
        context.task(() -> repository.place(candidate.id(), workplace.workplaceId())).onSuccess(saved -> load()).start();
    }

    public ObservableList<WaitingCandidate> waiting() {
        return waiting;
    }

    /** How many wait in all; the list shows the longest-waiting {@link PlacementRepository#SHOWN}. */
    public IntegerProperty waitingTotal() {
        return waitingTotal;
    }

    public ObservableList<WorkplaceLoad> workplaces() {
        return workplaces;
    }

    private record Loaded(PlacementRepository.Waiting waiting, List<WorkplaceLoad> loads) {
    }
}
