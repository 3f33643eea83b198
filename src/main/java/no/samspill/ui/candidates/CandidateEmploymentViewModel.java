package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CandidateRepository;
import no.samspill.data.EmploymentRepository;
import no.samspill.data.LookupRepository;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateLifecycle;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.StatusChange;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.Ref;
import no.samspill.ui.common.ViewModelContext;

/** The Arbeid tab: employment spells and the follow-ups after the candidate ended. */
public final class CandidateEmploymentViewModel {

    private final EmploymentRepository employment;
    private final CandidateRepository candidates;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObservableList<EmploymentSpell> spells = FXCollections.observableArrayList();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();
    private final ObservableList<Ref> events = FXCollections.observableArrayList();
    private final List<StatusChange> history = new ArrayList<>();
    private Long mainWorkplaceId;
    private Runnable onChanged = () -> { };

    public CandidateEmploymentViewModel(EmploymentRepository employment, CandidateRepository candidates, LookupRepository lookups,
                                        ViewModelContext context) {
        this.employment = employment;
        this.candidates = candidates;
        this.lookups = lookups;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
    }

    /** Called after a change that other tabs must see (the praksiskandidat hours come from the spells). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load(Long id) {
        candidateId.set(id);
        if (id == null) {
            spells.clear();
            followUps.clear();
            return;
        }
        context.task(() -> new Loaded(employment.spells(id), employment.followUps(id), lookups.workplaces(municipalityId),
                lookups.involvementEvents(municipalityId), candidates.history(id), candidates.find(id).map(Candidate::mainWorkplaceId).orElse(null))).load().onSuccess(l -> {
                    if (id.equals(candidateId.get())) {
                        spells.setAll(l.spells());
                        followUps.setAll(l.followUps());
                        workplaces.setAll(l.workplaces());
                        events.setAll(l.events());
                        history.clear();
                        history.addAll(l.history());
                        mainWorkplaceId = l.mainWorkplaceId();
                    }
                }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String workplaceName(Long id) {
        return id == null ? "" : workplaces.stream().filter(w -> w.id() == id).map(Ref::name).findFirst().orElse("");
    }

    /** A new job, at the candidate's own workplace until the user picks another. */
    public SpellForm newSpell() {
        return edit(new EmploymentSpell(null, candidateId.get(), mainWorkplaceId, today(), null, 100, false, EmploymentKind.ORDINARY));
    }

    public SpellForm edit(EmploymentSpell s) {
        boolean canMove = !history.isEmpty()
                && CandidateLifecycle.canMove(history.get(history.size() - 1).status(), CandidateStatus.IN_JOB);
        return new SpellForm(s, workplaces, events, canMove ? change -> CandidateLifecycle.check(history, change, today()) : null, today());
    }

    /** The follow-up the record button opens when no row is selected: the first not yet recorded. */
    public Optional<FollowUp> nextOpenFollowUp() {
        return followUps.stream().filter(FollowUp::open).findFirst();
    }

    public boolean overdue(FollowUp f) {
        return f.open() && f.due().isBefore(today());
    }

    public FollowUpForm record(FollowUp f) {
        return new FollowUpForm(f, today());
    }

    public void save(SpellForm f) {
        EmploymentSpell spell = f.toRecord();
        StatusChange change = f.toStatusChange();
        EmploymentSpell seen = f.seen();
        context.task(() -> employment.save(spell, change, seen)).onSuccess(saved -> changed()).start();
    }

    private void changed() {
        load(candidateId.get());
        onChanged.run();
    }

    public void save(FollowUpForm f) {
        record(f.followUp, f.date.value(), f.outcome.value());
    }

    public void delete(EmploymentSpell spell) {
        context.action(() -> employment.deleteSpell(spell.id())).onSuccess(done -> changed()).start();
    }

    public void record(FollowUp followUp, LocalDate date, FollowUpOutcome outcome) {
        context.action(() -> employment.record(followUp.id(), date, outcome, followUp)).onSuccess(done -> changed()).start();
    }

    public ObjectProperty<Long> candidateIdProperty() {
        return candidateId;
    }

    public ObservableList<EmploymentSpell> spells() {
        return spells;
    }

    public ObservableList<FollowUp> followUps() {
        return followUps;
    }

    public ObservableList<Ref> workplaces() {
        return workplaces;
    }

    /** The involvement events a part-time job can point to as its drøfting. */
    public ObservableList<Ref> events() {
        return events;
    }

    private record Loaded(List<EmploymentSpell> spells, List<FollowUp> followUps, List<Ref> workplaces, List<Ref> events,
                          List<StatusChange> history, Long mainWorkplaceId) {
    }
}
