package no.samspill.ui.candidates;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import no.samspill.ui.common.ViewModelContext;

/** The candidate list: filter text and status go to the database; the table sorts what comes back. */
public final class CandidateListViewModel {

    private final CandidateRepository repository;
    private final ViewModelContext context;
    private final long municipalityId;

    private final ObservableList<CandidateSummary> items = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<CandidateStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty truncated = new SimpleBooleanProperty();

    /** The most rows the list holds; beyond that the user narrows the search. */
    public static final int LIMIT = 1_000;
    /** A key was typed while a load ran: load once more when it ends. */
    private boolean again;

    public CandidateListViewModel(CandidateRepository repository, ViewModelContext context) {
        this.repository = repository;
        this.context = context;
        this.municipalityId = context.municipalityId();
        statusFilter.addListener((obs, old, now) -> refresh());
        filterText.addListener((obs, old, now) -> refresh());
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

    /** Whether more candidates match the filter than the {@link #LIMIT} the list holds. */
    public BooleanProperty truncatedProperty() {
        return truncated;
    }

    /** The i18n key of what an empty list says: nothing registered yet, or nothing matching the search. */
    public StringBinding emptyMessageKey() {
        return Bindings.createStringBinding(() -> filterText.get().isBlank() && statusFilter.get() == null
                ? "candidates.table.none" : "candidates.table.empty", filterText, statusFilter);
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /**
     * Reloads with the current filter, at once. A keystroke made while a load runs is remembered, and
     * when that load ends the list loads once more with the filter as it is then: typing never queues
     * a query per key, and the rows always catch up with the field.
     */
    public void refresh() {
        if (loading.get()) {
            again = true;
            return;
        }
        load();
    }

    private void load() {
        loading.set(true);
        CandidateFilter filter = new CandidateFilter(filterText.get(), statusFilter.get());
        context.task(() -> repository.page(municipalityId, filter, LIMIT)).load().onSuccess(page -> {
            truncated.set(page.truncated());
            items.setAll(page.rows());
        }).andFinally(() -> {
            if (again) {
                again = false;
                load();
            } else {
                loading.set(false);
            }
        }).start();
    }
}
