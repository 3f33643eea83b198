package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import no.samspill.data.TestDatabase;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.Gender;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.IncomeSource;
import no.samspill.domain.Municipality;
import no.samspill.domain.Programme;
import no.samspill.domain.ProgrammeGrant;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.StatusChange;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grant report's own figures checked against plain SQL over the same rows: random
 * municipalities are stored through the repositories, then every line the report computes itself
 * (årsverk, new permanent posts, jobs, lærekontrakter, income sources, money, new participants) is
 * counted again by a query that knows nothing of the app's code, for all programmes and for one.
 */
class GrantReportTest {

    private static final LocalDate AS_OF = TestDatabase.TODAY;
    private static final Period PERIOD = new Period(AS_OF.getYear(), AS_OF);

    @TempDir Path dir;

    @Test
    void everyComputedLineMatchesAQueryOverTheSameRows() {
        for (long s = 1; s <= 6; s++) {
            long seed = s;
            Path sub = dir.resolve("s" + seed);
            TestDatabase db = new TestDatabase(sub);
            try {
                long mid = fill(db, new Random(seed));
                ProgrammeFacts facts = db.repositories.evaluation().facts(mid);
                List<ProgrammeGrant> grants = db.repositories.reporting().grants().of(mid);
                for (Programme p : new Programme[] {null, Programme.MENN_I_HELSE}) {
                    Map<String, BigDecimal> report = GrantReport.of(facts, p, PERIOD, grants, 200_000).stream()
                            .collect(Collectors.toMap(GrantReport.Line::key, GrantReport.Line::value));
                    Map<String, BigDecimal> sql = oracle(db.database.dsl(), p);
                    sql.forEach((key, expected) -> assertEquals(0, expected.compareTo(report.get(key)),
                            "seed " + seed + ", " + (p == null ? "all" : p) + ", " + key + ": sql " + expected + ", report " + report.get(key)));
                }
            } finally {
                db.database.close();
            }
        }
    }

    @Test
    void theAuditorsMarkFollowsTheLimit() {
        ProgrammeGrant g = new ProgrammeGrant(null, 1, Programme.INN_I_JOBB, 2026, 200_001, 0, 0);
        assertTrue(g.auditorStatementNeeded(200_000));
        assertTrue(!g.auditorStatementNeeded(200_001), "at the limit itself no statement is asked for");
    }

    private static long fill(TestDatabase db, Random rnd) {
        long mid = db.municipalities.create(new Municipality(null, "3401", "Kongsvinger", false)).id();
        Programme[] programmes = {Programme.RECRUITMENT_THROUGH_INCLUSION, Programme.MENN_I_HELSE};
        for (int i = 0; i < 25; i++) {
            LocalDate referred = AS_OF.minusDays(20 + rnd.nextInt(600));
            Candidate c = db.candidates.save(new Candidate(null, mid, "Kandidat " + i, null, 1990 + rnd.nextInt(15), null,
                    Gender.values()[rnd.nextInt(Gender.values().length)], null, referred, ReferralSource.NAV, null,
                    programmes[rnd.nextInt(2)], CandidateStatus.REFERRED, null, null));
            if (rnd.nextBoolean()) {
                db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ACTIVE, referred.plusDays(10), null));
            }
            for (int j = rnd.nextInt(3); j > 0; j--) {
                LocalDate start = AS_OF.minusDays(rnd.nextInt(500));
                LocalDate end = rnd.nextBoolean() ? null : start.plusDays(rnd.nextInt(400));
                String styrk = new String[] {null, "5321", "9112", "2223"}[rnd.nextInt(4)];
                db.employment.save(new EmploymentSpell(null, c.id(), null, start, end, 10 + rnd.nextInt(91), rnd.nextBoolean(),
                        EmploymentKind.ORDINARY, styrk, rnd.nextBoolean()));
            }
            // Contracts on different days, so that "the last" is one contract.
            int contracts = rnd.nextInt(3);
            for (int j = 0; j < contracts; j++) {
                db.repositories.measures().contracts().save(new ApprenticeshipContract(null, c.id(),
                        AS_OF.minusDays(j * 200L + rnd.nextInt(190)), rnd.nextBoolean(), null));
            }
            for (int j = rnd.nextInt(3); j > 0; j--) {
                LocalDate start = AS_OF.minusDays(rnd.nextInt(500));
                db.repositories.measures().incomes().save(new IncomePeriod(null, c.id(), IncomeSource.values()[rnd.nextInt(2)], start,
                        rnd.nextBoolean() ? null : start.plusDays(rnd.nextInt(200))));
            }
        }
        for (Programme p : programmes) {
            for (int year : new int[] {AS_OF.getYear() - 1, AS_OF.getYear()}) {
                long granted = rnd.nextInt(500_000);
                db.repositories.reporting().grants().save(new ProgrammeGrant(null, mid, p, year, granted, granted, rnd.nextInt(400_000)));
            }
        }
        return mid;
    }

    private static Map<String, BigDecimal> oracle(DSLContext dsl, Programme p) {
        String in = p == null ? "" : " AND c.programme = '" + p.name() + "'";
        String from = "DATE '" + PERIOD.start() + "'";
        String to = "DATE '" + AS_OF + "'";
        Map<String, BigDecimal> m = new HashMap<>();
        m.put("fte", number(dsl, "SELECT COALESCE(SUM(LEAST(100, s)), 0) / 100.0 FROM (SELECT e.candidate_id, SUM(e.job_percentage) s"
                + " FROM employment_spell e JOIN candidate c ON c.id = e.candidate_id WHERE e.start_date <= " + to
                + " AND (e.end_date IS NULL OR e.end_date >= " + to + ")" + in + " GROUP BY e.candidate_id) t"));
        String jobs = " FROM employment_spell e JOIN candidate c ON c.id = e.candidate_id WHERE e.start_date BETWEEN " + from + " AND " + to + in;
        m.put("newPermanentPosts", number(dsl, "SELECT COUNT(*)" + jobs + " AND e.permanent AND e.new_post"));
        m.put("jobsStarted", number(dsl, "SELECT COUNT(*)" + jobs));
        m.put("jobsHealthAndCare", number(dsl, "SELECT COUNT(*)" + jobs + " AND SUBSTRING(e.styrk_code, 1, 2) IN ('22', '32', '53')"));
        String signed = " FROM apprenticeship_contract a JOIN candidate c ON c.id = a.candidate_id WHERE a.signed_date BETWEEN "
                + from + " AND " + to + in;
        m.put("apprenticeships", number(dsl, "SELECT COUNT(DISTINCT a.candidate_id)" + signed));
        m.put("apprenticeshipsGuaranteed", number(dsl, "SELECT COUNT(*)" + signed + " AND a.guaranteed AND a.signed_date = (SELECT MAX(b.signed_date)"
                + " FROM apprenticeship_contract b WHERE b.candidate_id = a.candidate_id AND b.signed_date BETWEEN " + from + " AND " + to + ")"));
        String sources = "SELECT i.candidate_id, COUNT(DISTINCT i.income_source) n, MIN(i.income_source) s FROM income_period i"
                + " JOIN candidate c ON c.id = i.candidate_id WHERE i.start_date <= " + to + " AND (i.end_date IS NULL OR i.end_date >= " + from + ")"
                + in + " GROUP BY i.candidate_id";
        m.put("incomeBoth", number(dsl, "SELECT COUNT(*) FROM (" + sources + ") t WHERE n = 2"));
        m.put("incomeBenefitOnly", number(dsl, "SELECT COUNT(*) FROM (" + sources + ") t WHERE n = 1 AND s = 'NAV_BENEFIT'"));
        m.put("incomeWageOnly", number(dsl, "SELECT COUNT(*) FROM (" + sources + ") t WHERE n = 1 AND s = 'MUNICIPAL_WAGE'"));
        String grants = " FROM programme_grant WHERE grant_year = " + AS_OF.getYear() + (p == null ? "" : " AND programme = '" + p.name() + "'");
        m.put("granted", number(dsl, "SELECT COALESCE(SUM(granted), 0)" + grants));
        m.put("spent", number(dsl, "SELECT COALESCE(SUM(spent), 0)" + grants));
        m.put("balance", number(dsl, "SELECT COALESCE(SUM(received - spent), 0)" + grants));
        m.put("auditorStatement", number(dsl, "SELECT CASE WHEN COUNT(*) > 0 THEN 1 ELSE 0 END" + grants + " AND granted > 200000"));
        String entered = "SELECT s.candidate_id, MIN(s.effective_date) d FROM candidate_status_change s JOIN candidate c ON c.id = s.candidate_id"
                + " WHERE 1 = 1" + in + " GROUP BY s.candidate_id";
        m.put("new", number(dsl, "SELECT COUNT(*) FROM (" + entered + ") t WHERE d BETWEEN " + from + " AND " + to));
        m.put("newMen", number(dsl, "SELECT COUNT(*) FROM (" + entered + ") t JOIN candidate c ON c.id = t.candidate_id WHERE c.gender = 'MALE'"
                + " AND d BETWEEN " + from + " AND " + to));
        return m;
    }

    private static BigDecimal number(DSLContext dsl, String sql) {
        return new BigDecimal(dsl.fetchValue(sql).toString());
    }
}
