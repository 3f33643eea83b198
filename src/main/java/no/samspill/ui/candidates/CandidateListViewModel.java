package no.samspill.ui.candidates;

import java.util.Optional;
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
import no.samspill.domain.CandidatePage;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.ErrorMessages;
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
    /** The last load from the database, while the data is known not to have changed since. */
    private Loaded loaded;
    /** Whether the search has been warmed ({@link #warmSearch}). */
    private boolean warmed;
    /** A text no name holds (a control character), so the warming search reads the whole index. */
    private static final String NO_NAME = "\u0001";
    /** Counts {@link #refresh()} calls, so a load that began before one does not count as current. */
    private long generation;

    public CandidateListViewModel(CandidateRepository repository, ViewModelContext context) {
        this.repository = repository;
        this.context = context;
        this.municipalityId = context.municipalityId();
        statusFilter.addListener((obs, old, now) -> show());
        filterText.addListener((obs, old, now) -> show());
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

    /** Reloads from the database with the current filter: the data may have changed (a save, a screen opened). */
    public void refresh() {
        generation++;
        loaded = null;
        show();
    }

    /**
     * Shows the current filter's rows: from the last load when it holds them ({@link CandidatePage#narrowed}),
     * else from the database. A keystroke made while a load runs is remembered, and when that load
     * ends the list is shown once more with the filter as it is then: typing never queues a query per
     * key, and the rows always catch up with the field.
     */
    private void show() {
        if (loading.get()) {
            again = true;
            return;
        }
        CandidateFilter filter = new CandidateFilter(filterText.get(), statusFilter.get());
        var known = loaded == null ? Optional.<CandidatePage>empty() : loaded.page().narrowed(loaded.filter(), filter);
        known.ifPresentOrElse(this::showPage, () -> load(filter));
    }

    private void load(CandidateFilter filter) {
        loading.set(true);
        long loadedIn = generation;
        context.task(() -> repository.page(municipalityId, filter, LIMIT)).load().onSuccess(page -> {
            if (loadedIn == generation) {
                loaded = new Loaded(filter, page);
            }
            showPage(page);
            if (page.truncated() && !warmed) {
                warmSearch();
            }
        }).andFinally(() -> {
            loading.set(false);
            if (again) {
                again = false;
                show();
            }
        }).start();
    }

    /**
     * A long list's first search that finds few names reads the whole list index, and the first few
     * such searches ran at 200–300 ms at 100,000 candidates (the scan's code not yet compiled, the
     * index not yet in the cache) against 25 ms later. One search that finds nobody does that once,
     * on the reader thread, while the user looks at the list.
     */
    private void warmSearch() {
        warmed = true;
        context.task(() -> repository.page(municipalityId, new CandidateFilter(NO_NAME, null), 1)).readingApart().load()
                .onError(e -> ErrorMessages.log("Warming the search", e)).start();
    }

    private record Loaded(CandidateFilter filter, CandidatePage page) {
    }

    private void showPage(CandidatePage page) {
        truncated.set(page.truncated());
        items.setAll(page.rows());
    }
}
