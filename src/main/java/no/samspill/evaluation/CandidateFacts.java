package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.Gender;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.Programme;
import no.samspill.domain.Qualification;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;

/**
 * What the indicators may know about one candidate: no name, no contact, no national id, no birth
 * date, no free text. {@code key} only tells candidates apart inside one computation; {@code programme} is the
 * programme the candidate is recruited through, which the tables per programme split by;
 * {@code measures} are the Nav measures with their dates only; {@code apprenticeships} the signed
 * lærekontrakter; {@code incomes} the periods on a Nav benefit or a municipal wage (sources, no amounts).
 */
public record CandidateFacts(long key, int birthYear, Gender gender, Long mainWorkplaceId, LocalDate referralDate,
                             List<StatusChange> history, List<PathFact> paths, List<Qualification> qualifications,
                             List<EmploymentSpell> spells, List<FollowUp> followUps, List<Period> mentorPeriods,
                             Programme programme, List<MeasurePeriod> measures, List<ApprenticeshipContract> apprenticeships,
                             List<IncomePeriod> incomes) {

    /** A training path: which template, started when. */
    public record PathFact(TrainingTemplate template, LocalDate start) {
    }

    /** A mentor assignment's span and which mentor (a key, not a name); {@code end} null while it lasts. */
    public record Period(long mentor, LocalDate start, LocalDate end) {
        public boolean covers(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }
    }

    /** A candidate of the main programme, Rekruttering gjennom inkludering. */
    public CandidateFacts(long key, int birthYear, Gender gender, Long mainWorkplaceId, LocalDate referralDate,
                          List<StatusChange> history, List<PathFact> paths, List<Qualification> qualifications,
                          List<EmploymentSpell> spells, List<FollowUp> followUps, List<Period> mentorPeriods) {
        this(key, birthYear, gender, mainWorkplaceId, referralDate, history, paths, qualifications, spells, followUps, mentorPeriods,
                Programme.RECRUITMENT_THROUGH_INCLUSION);
    }

    /** A candidate without Nav measures. */
    public CandidateFacts(long key, int birthYear, Gender gender, Long mainWorkplaceId, LocalDate referralDate,
                          List<StatusChange> history, List<PathFact> paths, List<Qualification> qualifications,
                          List<EmploymentSpell> spells, List<FollowUp> followUps, List<Period> mentorPeriods, Programme programme) {
        this(key, birthYear, gender, mainWorkplaceId, referralDate, history, paths, qualifications, spells, followUps, mentorPeriods,
                programme, List.of());
    }

    /** A candidate without lærekontrakter or income periods. */
    public CandidateFacts(long key, int birthYear, Gender gender, Long mainWorkplaceId, LocalDate referralDate,
                          List<StatusChange> history, List<PathFact> paths, List<Qualification> qualifications,
                          List<EmploymentSpell> spells, List<FollowUp> followUps, List<Period> mentorPeriods, Programme programme,
                          List<MeasurePeriod> measures) {
        this(key, birthYear, gender, mainWorkplaceId, referralDate, history, paths, qualifications, spells, followUps, mentorPeriods,
                programme, measures, List.of(), List.of());
    }

    public CandidateFacts {
        programme = programme == null ? Programme.RECRUITMENT_THROUGH_INCLUSION : programme;
        history = List.copyOf(history);
        paths = List.copyOf(paths);
        qualifications = List.copyOf(qualifications);
        spells = List.copyOf(spells);
        followUps = List.copyOf(followUps);
        mentorPeriods = List.copyOf(mentorPeriods);
        measures = List.copyOf(measures);
        apprenticeships = List.copyOf(apprenticeships);
        incomes = List.copyOf(incomes);
    }

    /** The status in force at the end of {@code day}, or empty before the first entry. */
    public Optional<CandidateStatus> statusOn(LocalDate day) {
        CandidateStatus status = null;
        for (StatusChange c : history) {
            if (!c.date().isAfter(day)) {
                status = c.status();
            }
        }
        return Optional.ofNullable(status);
    }

    /** The first time the candidate entered the programme: the first history entry. */
    public Optional<LocalDate> entered() {
        return history.stream().map(StatusChange::date).min(LocalDate::compareTo);
    }

    /** Endings within the period, with their reasons. */
    public List<StatusChange> endingsBetween(LocalDate from, LocalDate to) {
        return history.stream().filter(c -> c.status() == CandidateStatus.ENDED && !c.date().isBefore(from) && !c.date().isAfter(to))
                .toList();
    }

    public int ageAt(LocalDate day) {
        return day.getYear() - birthYear;
    }
}
