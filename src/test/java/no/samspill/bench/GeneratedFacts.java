package no.samspill.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.EndReason;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.Gender;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Qualification;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import no.samspill.evaluation.CandidateFacts;
import no.samspill.evaluation.ProgrammeFacts;

/** A municipality of random candidates around 2026, for benchmarks and roll-up tests. Same seed, same facts. */
public final class GeneratedFacts {

    private GeneratedFacts() {
    }

    public static ProgrammeFacts municipality(int candidates, long seed) {
        return municipality(candidates, seed, LocalDate.of(2024, 1, 1), 1000);
    }

    /** Referrals spread over {@code days} from {@code first}; the rest as above. */
    public static ProgrammeFacts municipality(int candidates, long seed, LocalDate first, int days) {
        Random rnd = new Random(seed);
        List<CandidateFacts> out = new ArrayList<>(candidates);
        int mentors = Math.max(1, candidates / 4);
        long workplaces = Math.max(2, candidates / 10);
        for (int k = 0; k < candidates; k++) {
            LocalDate referred = first.plusDays(rnd.nextInt(days));
            List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(CandidateStatus.REFERRED, referred, null)));
            LocalDate day = referred.plusDays(10 + rnd.nextInt(60));
            List<CandidateFacts.PathFact> paths = new ArrayList<>();
            List<EmploymentSpell> spells = new ArrayList<>();
            List<Qualification> qualifications = new ArrayList<>();
            List<FollowUp> followUps = new ArrayList<>();
            List<CandidateFacts.Period> mentorPeriods = new ArrayList<>();
            if (rnd.nextInt(10) < 8) {
                history.add(new StatusChange(CandidateStatus.ACTIVE, day, null));
                mentorPeriods.add(new CandidateFacts.Period(rnd.nextInt(mentors), day, rnd.nextBoolean() ? null : day.plusDays(200)));
                if (rnd.nextBoolean()) {
                    day = day.plusDays(30 + rnd.nextInt(200));
                    history.add(new StatusChange(CandidateStatus.IN_QUALIFICATION, day, null));
                    paths.add(new CandidateFacts.PathFact(TrainingTemplate.values()[rnd.nextInt(TrainingTemplate.values().length)], day));
                    if (rnd.nextInt(3) == 0) {
                        qualifications.add(new Qualification(null, k, null, QualificationKind.values()[rnd.nextInt(2)], day.plusDays(200 + rnd.nextInt(200))));
                    }
                }
                if (rnd.nextInt(3) == 0) {
                    day = day.plusDays(30 + rnd.nextInt(200));
                    history.add(new StatusChange(CandidateStatus.IN_JOB, day, null));
                    spells.add(new EmploymentSpell(null, k, null, day, null, 20 + 10 * rnd.nextInt(9), rnd.nextBoolean(), EmploymentKind.ORDINARY));
                }
                if (rnd.nextInt(4) == 0) {
                    day = day.plusDays(30 + rnd.nextInt(300));
                    history.add(new StatusChange(CandidateStatus.ENDED, day, EndReason.values()[rnd.nextInt(EndReason.values().length)]));
                    LocalDate due = day.plusMonths(6);
                    boolean recorded = due.isBefore(LocalDate.of(2026, 12, 1)) && rnd.nextBoolean();
                    followUps.add(new FollowUp(null, k, 6, due, recorded ? due : null,
                            recorded ? FollowUpOutcome.values()[rnd.nextInt(4)] : null));
                }
            }
            Gender gender = Gender.values()[rnd.nextInt(10) < 8 ? rnd.nextInt(2) : rnd.nextInt(Gender.values().length)];
            out.add(new CandidateFacts(k, 1990 + rnd.nextInt(20), gender, 1L + rnd.nextInt((int) workplaces), referred, history,
                    paths, qualifications, spells, followUps, mentorPeriods));
        }
        List<ProgrammeFacts.EventFact> events = new ArrayList<>();
        for (int e = 0; e < Math.max(3, candidates / 20); e++) {
            events.add(new ProgrammeFacts.EventFact(LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(360)),
                    InvolvementType.values()[rnd.nextInt(InvolvementType.values().length)], Set.of(1L + rnd.nextInt((int) workplaces))));
        }
        return new ProgrammeFacts(out, events);
    }
}
