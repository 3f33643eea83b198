package no.samspill.ui.candidates;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CandidateRepository;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** The candidate list: filter text and status go to the database; the table sorts what comes back. */
public final class CandidateListViewModel {

    private final CandidateRepository repository;
    private final TaskRunner tasks;
    private final long municipalityId;
    private final Consumer<Throwable> onError;

    private final ObservableList<CandidateSummary> items = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<CandidateStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();

    /** The most rows the list holds; beyond that the user narrows the search. */
    public static final int LIMIT = 1_000;
    private long generation;

    public CandidateListViewModel(CandidateRepository repository, TaskRunner tasks, long municipalityId,
                                  Consumer<Throwable> onError) {
        this.repository = repository;
        this.tasks = tasks;
        this.municipalityId = municipalityId;
        this.onError = onError;
        statusFilter.addListener((obs, old, now) -> refresh());
    }

    public ObservableList<CandidateSummary> items() {
        return items;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<CandidateStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** How many candidates match the filter, including those beyond {@link #LIMIT}. */
    public IntegerProperty totalProperty() {
        return total;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Reloads with the current filter; an answer that arrives after a newer request is dropped. */
    public void refresh() {
        long request = ++generation;
        CandidateFilter filter = new CandidateFilter(filterText.get(), statusFilter.get());
        loading.set(true);
        tasks.run(() -> repository.page(municipalityId, filter, LIMIT), page -> {
            if (request == generation) {
                total.set(page.total());
                items.setAll(page.rows());
                loading.set(false);
            }
        }, error -> {
            loading.set(false);
            onError.accept(error);
        });
    }
}
