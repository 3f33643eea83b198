package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Checks;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.OfficialCodes;
import no.samspill.domain.Ref;
import no.samspill.domain.StatusChange;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/**
 * A job being recorded or edited; the end, when given, is not before the start. For a candidate
 * who is not "I jobb" yet, the form offers the status change too, dated the day the job starts
 * (today at the latest, since a status is not set ahead of time): a job recorded without it would
 * leave "Over i jobb" short in the evaluation.
 */
public final class SpellForm {

    public final Form form = new Form();
    public final FormField<Ref> workplace;
    public final FormField<LocalDate> start;
    public final FormField<LocalDate> end;
    public final FormField<Integer> percentage;
    public final FormField<Boolean> permanent;
    public final FormField<EmploymentKind> kind;
    public final FormField<String> styrk;
    public final FormField<Boolean> newPost;
    public final FormField<Ref> discussion;
    public final FormField<Boolean> moveToJob;
    public final FormField<LocalDate> statusDate;
    private final EmploymentSpell original;
    private final boolean offersStatus;
    private boolean statusDateTyped;

    /** {@code statusCheck} checks a move to "I jobb"; null when that move is not open to the candidate. */
    SpellForm(EmploymentSpell s, List<Ref> workplaces, List<Ref> events, Function<StatusChange, Optional<String>> statusCheck,
              LocalDate today) {
        this.original = s;
        this.offersStatus = statusCheck != null;
        workplace = form.field(Ref.find(workplaces, s.workplaceId()));
        start = form.field(s.start(), Checks::required);
        end = form.field(s.end());
        percentage = form.field(s.jobPercentage(), Checks::percentage);
        permanent = form.field(s.permanent());
        kind = form.required(s.kind());
        styrk = form.field(s.styrkCode(), t -> OfficialCodes.checkStyrk(OfficialCodes.normalise(t)));
        newPost = form.field(s.newPost());
        discussion = form.field(Ref.find(events, s.discussionEventId()));
        form.rule(end, () -> Checks.notBefore(end.value(), start.value()));
        moveToJob = form.field(offersStatus && isNew());
        statusDate = form.field(earliest(s.start(), today));
        start.valueProperty().addListener((obs, old, date) -> {
            if (!statusDateTyped && date != null) {
                statusDate.set(earliest(date, today));
                statusDateTyped = false;
            }
        });
        statusDate.valueProperty().addListener((obs, old, date) -> statusDateTyped = true);
        if (offersStatus) {
            form.rule(statusDate, () -> moveToJob.value() ? statusCheck.apply(statusChange()) : Optional.empty());
        }
    }

    private static LocalDate earliest(LocalDate date, LocalDate today) {
        return date == null || date.isAfter(today) ? today : date;
    }

    public boolean isNew() {
        return original.id() == null;
    }

    /** Whether the dialog shows the offer to move the candidate to "I jobb". */
    public boolean offersStatus() {
        return offersStatus;
    }

    EmploymentSpell toRecord() {
        return new EmploymentSpell(original.id(), original.candidateId(), workplace.value() == null ? null : workplace.value().id(),
                start.value(), end.value(), percentage.value(), permanent.value(), kind.value(), OfficialCodes.normalise(styrk.value()),
                newPost.value(), partTime() && discussion.value() != null ? discussion.value().id() : null);
    }

    /** Whether the job is below 100 %, so that it can point to the drøfting of its part-time hiring. */
    public boolean partTime() {
        return percentage.value() != null && percentage.value() < 100;
    }

    private StatusChange statusChange() {
        return new StatusChange(CandidateStatus.IN_JOB, statusDate.value(), null);
    }

    /** The status change to store with the job, or null. */
    StatusChange toStatusChange() {
        return offersStatus && moveToJob.value() ? statusChange() : null;
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    EmploymentSpell seen() {
        return original.id() == null ? null : original;
    }
}
