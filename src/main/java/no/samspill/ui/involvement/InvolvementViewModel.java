package no.samspill.ui.involvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.InvolvementRepository;
import no.samspill.data.LookupRepository;
import no.samspill.data.RepresentativeRepository;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.Ref;
import no.samspill.domain.RepresentativeSummary;
import no.samspill.domain.UnionRepresentative;
import no.samspill.domain.WorkplaceCoverage;
import no.samspill.ui.common.ViewModelContext;

/** Tillitsvalgte, the involvement events of a year, and which workplaces with candidates they covered. */
public final class InvolvementViewModel {

    private final RepresentativeRepository representatives;
    private final InvolvementRepository involvement;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<RepresentativeSummary> people = FXCollections.observableArrayList();
    private final ObservableList<InvolvementEvent> events = FXCollections.observableArrayList();
    private final ObservableList<WorkplaceCoverage> coverage = FXCollections.observableArrayList();
    private final ObservableList<Ref> unions = FXCollections.observableArrayList();
    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();

    public InvolvementViewModel(RepresentativeRepository representatives, InvolvementRepository involvement, LookupRepository lookups, ViewModelContext context) {
        this.representatives = representatives;
        this.involvement = involvement;
        this.lookups = lookups;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
        year.set(today().getYear());
        year.addListener(x -> refresh());
    }

    public void refresh() {
        int y = year.get();
        context.task(() -> new Lists(representatives.list(municipalityId), involvement.list(municipalityId, y),
                involvement.coverage(municipalityId, y), representatives.unions(), lookups.workplaces(municipalityId))).load().onSuccess(l -> {
                    people.setAll(l.people());
                    events.setAll(l.events());
                    coverage.setAll(l.coverage());
                    unions.setAll(l.unions());
                    workplaces.setAll(l.workplaces());
                }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long municipalityId() {
        return municipalityId;
    }

    public RepresentativeForm newRepresentative() {
        return new RepresentativeForm(new UnionRepresentative(null, municipalityId, null, null, "", RepresentativeLevel.LOCAL, true),
                unions, workplaces);
    }

    public RepresentativeForm edit(RepresentativeSummary s) {
        return new RepresentativeForm(new UnionRepresentative(s.id(), municipalityId, s.unionId(), s.workplaceId(),
                s.fullName(), s.level(), s.active()), unions, workplaces);
    }

    public EventForm newEvent() {
        return edit(new InvolvementEvent(null, municipalityId, today(), InvolvementType.INFORMATION,
                InvolvementLevel.MUNICIPALITY, "", "", Set.of(), Set.of()));
    }

    public EventForm edit(InvolvementEvent e) {
        return new EventForm(e, workplaces, people, today());
    }

    public void save(RepresentativeForm f) {
        UnionRepresentative r = f.toRecord();
        UnionRepresentative seen = f.seen();
        context.task(() -> representatives.save(r, seen)).onSuccess(saved -> refresh()).start();
    }

    public void save(EventForm f) {
        save(f.toRecord(), f.seen());
    }

    public void save(UnionRepresentative r) {
        context.task(() -> representatives.save(r)).onSuccess(saved -> refresh()).start();
    }

    public void deleteRepresentative(long id) {
        context.action(() -> representatives.delete(id)).onSuccess(done -> refresh()).start();
    }

    public void save(InvolvementEvent e) {
        save(e, null);
    }

    private void save(InvolvementEvent e, InvolvementEvent seen) {
        context.task(() -> involvement.save(e, seen)).onSuccess(saved -> {
            if (saved.date().getYear() != year.get()) {
                year.set(saved.date().getYear());
            } else {
                refresh();
            }
        }).start();
    }

    public void deleteEvent(long id) {
        context.action(() -> involvement.delete(id)).onSuccess(done -> refresh()).start();
    }

    /** Names of the tillitsvalgte who took part, for the event list. */
    public String participantNames(InvolvementEvent e) {
        return people.stream().filter(p -> e.representativeIds().contains(p.id())).map(RepresentativeSummary::fullName)
                .sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<RepresentativeSummary> people() {
        return people;
    }

    public ObservableList<InvolvementEvent> events() {
        return events;
    }

    public ObservableList<WorkplaceCoverage> coverage() {
        return coverage;
    }

    public ObservableList<Ref> unions() {
        return unions;
    }

    public ObservableList<Ref> workplaces() {
        return workplaces;
    }

    private record Lists(List<RepresentativeSummary> people, List<InvolvementEvent> events, List<WorkplaceCoverage> coverage,
                         List<Ref> unions, List<Ref> workplaces) {
    }
}
