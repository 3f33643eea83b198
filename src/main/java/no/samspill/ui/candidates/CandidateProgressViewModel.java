package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CandidateRepository;
import no.samspill.data.MentorRepository;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateLifecycle;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.MentorAssignment;
import no.samspill.domain.MentorHandover;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.StatusChange;
import no.samspill.ui.common.ViewModelContext;

/** A candidate's status history and mentors: change status, assign or hand over a mentor. */
public final class CandidateProgressViewModel {

    private final CandidateRepository candidates;
    private final MentorRepository mentors;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ObservableList<MentorAssignment> assignments = FXCollections.observableArrayList();
    private final List<MentorSummary> activeMentors = new ArrayList<>();
    private Long workplaceId;
    private Runnable onChanged = () -> { };

    public CandidateProgressViewModel(CandidateRepository candidates, MentorRepository mentors, ViewModelContext context) {
        this.candidates = candidates;
        this.mentors = mentors;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
    }

    /** Called after a change that the candidate list and form must see. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load(Long id) {
        candidateId.set(id);
        if (id == null) {
            history.clear();
            assignments.clear();
            return;
        }
        context.task(() -> new Loaded(candidates.history(id), mentors.assignments(id),
                mentors.list(municipalityId).stream().filter(MentorSummary::active).toList(),
                candidates.find(id).map(Candidate::mainWorkplaceId).orElse(null))).load().onSuccess(l -> {
                    if (id.equals(candidateId.get())) {
                        history.setAll(l.history());
                        assignments.setAll(l.assignments());
                        activeMentors.clear();
                        activeMentors.addAll(l.mentors());
                        workplaceId = l.workplaceId();
                    }
                }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<CandidateStatus> currentStatus() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).status());
    }

    /** The statuses the candidate may move to from where they are now. */
    public List<CandidateStatus> nextStatuses() {
        return currentStatus().map(from -> Arrays.stream(CandidateStatus.values()).filter(to -> CandidateLifecycle.canMove(from, to)).toList())
                .orElse(List.of());
    }

    public Optional<String> checkStatusChange(StatusChange change) {
        return CandidateLifecycle.check(history, change, today());
    }

    public void changeStatus(StatusChange change) {
        Long id = candidateId.get();
        context.action(() -> candidates.changeStatus(id, change)).onSuccess(done -> {
            load(id);
            onChanged.run();
        }).start();
    }

    public StatusChangeForm statusChange() {
        return new StatusChangeForm(nextStatuses(), today(), this::checkStatusChange);
    }

    public void save(StatusChangeForm f) {
        changeStatus(f.toRecord());
    }

    public HandoverForm handover() {
        return new HandoverForm(activeMentors, currentMentor().map(MentorAssignment::mentorId).orElse(null), workplaceId,
                today(), this::checkHandover);
    }

    public void save(HandoverForm f) {
        handOver(f.mentor.value().id(), f.date.value());
    }

    public Optional<MentorAssignment> currentMentor() {
        return MentorHandover.open(assignments);
    }

    public Optional<String> checkHandover(Long mentorId, LocalDate date) {
        return MentorHandover.check(assignments, mentorId, date);
    }

    public void handOver(long mentorId, LocalDate date) {
        Long id = candidateId.get();
        context.task(() -> mentors.handOver(id, mentorId, date)).onSuccess(done -> {
            load(id);
            onChanged.run();
        }).start();
    }

    public ObjectProperty<Long> candidateIdProperty() {
        return candidateId;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ObservableList<MentorAssignment> assignments() {
        return assignments;
    }

    private record Loaded(List<StatusChange> history, List<MentorAssignment> assignments, List<MentorSummary> mentors,
                          Long workplaceId) {
    }
}
