package no.samspill.evaluation;

import static no.samspill.evaluation.IndicatorCatalogueTest.Y2026;
import static no.samspill.evaluation.IndicatorCatalogueTest.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.Gender;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Programme;
import no.samspill.domain.TrainingTemplate;
import org.junit.jupiter.api.Test;

/**
 * The Nav measure indicators on four candidates whose answers are worked out by hand, with the
 * edges: a period that ended on 31 December the year before, one that starts on the as-of date, a
 * path that started before the work training, a subsidy that ended the day before a job started.
 */
class MeasureIndicatorsTest {

    private static MeasurePeriod m(NavMeasure measure, String start, String end) {
        return new MeasurePeriod(null, 0, measure, d(start), end == null ? null : d(end), null);
    }

    private static EmploymentSpell job(String start) {
        return new EmploymentSpell(null, 0, null, d(start), null, 100, true, EmploymentKind.ORDINARY);
    }

    private static CandidateFacts candidate(long key, int born, Gender gender, List<CandidateFacts.PathFact> paths,
                                            List<EmploymentSpell> jobs, List<MeasurePeriod> measures) {
        return new CandidateFacts(key, born, gender, null, d("2025-01-01"), List.of(), paths, List.of(), jobs, List.of(), List.of(),
                Programme.INN_I_JOBB, measures);
    }

    /** F: 22, female. Arbeid med støtte all 2026; work training from March, fagbrev på jobb path from June: moved. Job 1 July with lønnstilskudd from 1 July. */
    static final CandidateFacts F = candidate(1, 2004, Gender.FEMALE,
            List.of(new CandidateFacts.PathFact(TrainingTemplate.FAGBREV_PA_JOBB, d("2026-06-01"))), List.of(job("2026-07-01")),
            List.of(m(NavMeasure.UTVAOONAV, "2025-10-01", null), m(NavMeasure.ARBTREN, "2026-03-01", "2026-05-31"),
                    m(NavMeasure.MIDLONTIL, "2026-07-01", "2026-12-31")));
    /** G: 28, male. Arbeid med støtte ended 31 Dec 2025: not counted. Work training from 31 Dec 2026 (the as-of date); an older path from 2025 does not count as a move. */
    static final CandidateFacts G = candidate(2, 1998, Gender.MALE,
            List.of(new CandidateFacts.PathFact(TrainingTemplate.PRAKSISKANDIDAT, d("2025-03-01"))), List.of(),
            List.of(m(NavMeasure.UTVAOONAV, "2025-01-01", "2025-12-31"), m(NavMeasure.ARBTREN, "2026-12-31", null)));
    /** H: 19, male. Arbeid med støtte from 31 Dec 2026: counted. Work training in 2026, then only a custom path: not moved. Job 1 March, the subsidy ended 28 Feb: without. */
    static final CandidateFacts H = candidate(3, 2007, Gender.MALE,
            List.of(new CandidateFacts.PathFact(TrainingTemplate.CUSTOM, d("2026-04-01"))), List.of(job("2026-03-01")),
            List.of(m(NavMeasure.UTVAOONAV, "2026-12-31", null), m(NavMeasure.ARBTREN, "2026-01-01", "2026-02-28"),
                    m(NavMeasure.VARLONTIL, "2025-06-01", "2026-02-28")));
    /** I: 35, female, no measures. Two jobs in 2026 and one in 2025; varig lønnstilskudd open since 2025 covers both 2026 jobs. */
    static final CandidateFacts I = candidate(4, 1991, Gender.FEMALE, List.of(),
            List.of(job("2025-05-01"), job("2026-02-01"), job("2026-09-01")), List.of(m(NavMeasure.VARLONTIL, "2025-01-01", null)));

    private static final ProgrammeFacts FACTS = new ProgrammeFacts(List.of(F, G, H, I), List.of());

    private static long[][] cells(String id) {
        return IndicatorCatalogue.find(id).orElseThrow().table(FACTS, Y2026).cells();
    }

    @Test
    void supportedEmploymentCountsFAndH() {
        // Rows: under 18, 18–24, 25–30, 31+. Columns: female, male, other, not recorded.
        assertArrayEquals(new long[][] {{0, 0, 0, 0}, {1, 1, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}, cells("measures.supportedEmployment"));
    }

    @Test
    void fMovedIntoQualificationGAndHDidNot() {
        assertArrayEquals(new long[][] {{1, 2}}, cells("measures.trainingToQualification"));
    }

    @Test
    void threeOfTheFourJobsStartedIn2026HadASubsidy() {
        // F's job (MIDLONTIL from its first day), I's two (VARLONTIL open); H's subsidy had ended the day before.
        assertArrayEquals(new long[][] {{3, 1}}, cells("jobs.wageSubsidy"));
    }
}
