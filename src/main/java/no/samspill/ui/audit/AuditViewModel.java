package no.samspill.ui.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.AuditRepository;
import no.samspill.data.AuditVerifier;
import no.samspill.domain.AuditEntry;
import no.samspill.ui.common.ViewModelContext;

/** Revisjonslogg: who changed what and when, filtered by date, entity and action; and a check of the chain. */
public final class AuditViewModel {

    public static final int LIMIT = 2_000;

    private final AuditRepository repository;
    private final AuditVerifier verifier;
    private final ViewModelContext context;
    private final Clock clock;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditVerifier.Result> check = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private Map<String, Map<Long, String>> names = Map.of();

    public AuditViewModel(AuditRepository repository, AuditVerifier verifier, ViewModelContext context) {
        this.repository = repository;
        this.verifier = verifier;
        this.context = context;
        this.clock = context.clock();
        from.set(LocalDate.now(clock).minusDays(30));
        for (ObjectProperty<?> p : List.of(from, to, entity, action)) {
            p.addListener(x -> refresh());
        }
    }

    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        String e = entity.get();
        String a = action.get();
        context.task(() -> {
            List<AuditEntry> found = repository.search(f, t, e, a, LIMIT, clock.getZone());
            return new Loaded(found, repository.entities(), repository.names(found));
        }).load().onSuccess(l -> {
            names = l.names();
            entries.setAll(l.entries());
            if (!entities.equals(l.entities())) {
                entities.setAll(l.entities());
            }
        }).start();
    }

    public void verify() {
        context.task(verifier::verify).onSuccess(check::set).start();
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<String> entityProperty() { return entity; }
    public ObjectProperty<String> actionProperty() { return action; }
    public ObjectProperty<AuditVerifier.Result> checkProperty() { return check; }
    public ObservableList<AuditEntry> entries() { return entries; }
    public ObservableList<String> entities() { return entities; }

    /** The names of the records the entries shown are about, by entity and id (see AuditRepository.names). */
    public Map<String, Map<Long, String>> names() {
        return names;
    }

    private record Loaded(List<AuditEntry> entries, List<String> entities, Map<String, Map<Long, String>> names) {
    }
}
