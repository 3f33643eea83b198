package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.EmploymentRepository;
import no.samspill.data.LookupRepository;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.Ref;
import no.samspill.ui.common.ViewModelContext;

/** The Arbeid tab: employment spells and the follow-ups after the candidate ended. */
public final class CandidateEmploymentViewModel {

    private final EmploymentRepository employment;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObservableList<EmploymentSpell> spells = FXCollections.observableArrayList();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();
    private Runnable onChanged = () -> { };

    public CandidateEmploymentViewModel(EmploymentRepository employment, LookupRepository lookups, ViewModelContext context) {
        this.employment = employment;
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
        context.task(() -> new Loaded(employment.spells(id), employment.followUps(id), lookups.workplaces(municipalityId))).onSuccess(l -> {
            if (id.equals(candidateId.get())) {
                spells.setAll(l.spells());
                followUps.setAll(l.followUps());
                workplaces.setAll(l.workplaces());
            }
        }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String workplaceName(Long id) {
        return id == null ? "" : workplaces.stream().filter(w -> w.id() == id).map(Ref::name).findFirst().orElse("");
    }

    public SpellForm newSpell() {
        return edit(new EmploymentSpell(null, candidateId.get(), null, today(), null, 100, false, EmploymentKind.ORDINARY));
    }

    public SpellForm edit(EmploymentSpell s) {
        return new SpellForm(s, workplaces);
    }

    public FollowUpForm record(FollowUp f) {
        return new FollowUpForm(f, today());
    }

    public void save(SpellForm f) {
        save(f.toRecord());
    }

    public void save(FollowUpForm f) {
        record(f.followUp, f.date.value(), f.outcome.value());
    }

    public void save(EmploymentSpell spell) {
        Long id = candidateId.get();
        context.task(() -> employment.save(spell)).onSuccess(saved -> {
            load(id);
            onChanged.run();
        }).start();
    }

    public void delete(EmploymentSpell spell) {
        Long id = candidateId.get();
        context.action(() -> employment.deleteSpell(spell.id())).onSuccess(done -> {
            load(id);
            onChanged.run();
        }).start();
    }

    public void record(FollowUp followUp, LocalDate date, FollowUpOutcome outcome) {
        Long id = candidateId.get();
        context.action(() -> employment.record(followUp.id(), date, outcome)).onSuccess(done -> load(id)).start();
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

    private record Loaded(List<EmploymentSpell> spells, List<FollowUp> followUps, List<Ref> workplaces) {
    }
}
