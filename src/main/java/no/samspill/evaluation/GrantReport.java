package no.samspill.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.Programme;
import no.samspill.domain.ProgrammeGrant;

/**
 * The figures a grant report asks for, one labelled line each, for one programme (or all) and one
 * year: exact, for the coordinator to carry into the grantor's form, never published as they are.
 * Each count is the sum of the package's own indicator over the same facts, so the report and the
 * package cannot disagree on a definition; årsverk and new permanent posts are computed here.
 */
public final class GrantReport {

    /** How a line's value reads: a count, årsverk with two decimals, whole kroner, or yes (1) / no (0). */
    public enum Unit { COUNT, FTE, KRONER, YES_NO }

    public record Line(String section, String key, Text label, BigDecimal value, Unit unit) {
    }

    private final ProgrammeFacts facts;
    private final Period period;
    private final List<Line> lines = new ArrayList<>();
    // Several lines sum the same indicator; each is computed once.
    private final java.util.Map<String, long[][]> computed = new java.util.HashMap<>();

    private GrantReport(ProgrammeFacts facts, Period period) {
        this.facts = facts;
        this.period = period;
    }

    /**
     * The lines for {@code programme} (null: every programme together), with the money of
     * {@code grants} for that programme and year and the auditor's limit.
     */
    public static List<Line> of(ProgrammeFacts all, Programme programme, Period period, List<ProgrammeGrant> grants, long auditorLimit) {
        GrantReport r = new GrantReport(programme == null ? all : all.of(programme), period);
        r.participants();
        r.outcomes();
        r.endings();
        r.money(grants.stream().filter(g -> g.year() == period.year() && (programme == null || g.programme() == programme)).toList(),
                auditorLimit);
        return List.copyOf(r.lines);
    }

    private void participants() {
        String s = "participants";
        count(s, "new", "participants.new", r -> true, c -> true);
        count(s, "newMen", "participants.new", r -> true, c -> c == 1);
        count(s, "new18to30", "participants.new", r -> r == 1 || r == 2, c -> true);
        long during = facts.candidates().stream().filter(c -> c.statusOn(period.start().minusDays(1)).map(CandidateStatus::isActive).orElse(false)
                || c.history().stream().anyMatch(h -> period.contains(h.date()) && h.status().isActive())).count();
        add(s, "active", BigDecimal.valueOf(during), Unit.COUNT);
        count(s, "activeAsOf", "participants.active", r -> true, c -> true);
        count(s, "ended", "participants.ended", r -> true, c -> true);
    }

    private void outcomes() {
        String s = "outcomes";
        count(s, "supportedEmployment", "measures.supportedEmployment", r -> true, c -> true);
        count(s, "trainingToQualification", "measures.trainingToQualification", r -> true, c -> c == 0);
        count(s, "apprenticeships", "apprenticeships.signed", r -> true, c -> true);
        count(s, "apprenticeshipsGuaranteed", "apprenticeships.signed", r -> true, c -> c == 0);
        count(s, "tradeCertificates", "qualifications.achieved", r -> r == 0, c -> true);
        count(s, "competenceCertificates", "qualifications.achieved", r -> r == 1, c -> true);
        count(s, "jobsStarted", "jobs.occupation", r -> true, c -> true);
        count(s, "jobsHealthAndCare", "jobs.occupation", r -> r == 0, c -> true);
        count(s, "jobsWageSubsidy", "jobs.wageSubsidy", r -> true, c -> c == 0);
        long posts = facts.candidates().stream().flatMap(c -> c.spells().stream())
                .filter(j -> period.contains(j.start()) && j.permanent() && j.newPost()).count();
        add(s, "newPermanentPosts", BigDecimal.valueOf(posts), Unit.COUNT);
        add(s, "fte", fte(period.asOf()), Unit.FTE);
        count(s, "incomeBenefitOnly", "income.source", r -> true, c -> c == 0);
        count(s, "incomeWageOnly", "income.source", r -> true, c -> c == 1);
        count(s, "incomeBoth", "income.source", r -> true, c -> c == 2);
    }

    private void endings() {
        Indicator reasons = IndicatorCatalogue.find("endings.reason").orElseThrow();
        long[][] cells = cells("endings.reason");
        for (int i = 0; i < reasons.rows().size(); i++) {
            Indicator.Label row = reasons.rows().get(i);
            lines.add(new Line("endings", row.code(), row.text(), BigDecimal.valueOf(cells[i][0]), Unit.COUNT));
        }
    }

    private void money(List<ProgrammeGrant> grants, long auditorLimit) {
        String s = "money";
        long granted = grants.stream().mapToLong(ProgrammeGrant::granted).sum();
        add(s, "granted", BigDecimal.valueOf(granted), Unit.KRONER);
        add(s, "received", BigDecimal.valueOf(grants.stream().mapToLong(ProgrammeGrant::received).sum()), Unit.KRONER);
        add(s, "spent", BigDecimal.valueOf(grants.stream().mapToLong(ProgrammeGrant::spent).sum()), Unit.KRONER);
        add(s, "balance", BigDecimal.valueOf(grants.stream().mapToLong(ProgrammeGrant::balance).sum()), Unit.KRONER);
        boolean auditor = grants.stream().anyMatch(g -> g.auditorStatementNeeded(auditorLimit));
        add(s, "auditorStatement", auditor ? BigDecimal.ONE : BigDecimal.ZERO, Unit.YES_NO);
    }

    /** Årsverk: the job percentages of the jobs running on {@code day}, at most 100 per candidate, ÷ 100. */
    private BigDecimal fte(LocalDate day) {
        long percent = 0;
        for (CandidateFacts c : facts.candidates()) {
            percent += Math.min(100, c.spells().stream().filter(j -> j.covers(day)).mapToInt(EmploymentSpell::jobPercentage).sum());
        }
        return BigDecimal.valueOf(percent).movePointLeft(2).setScale(2);
    }

    private void count(String section, String key, String indicatorId, IntPredicate rows, IntPredicate cols) {
        long[][] cells = cells(indicatorId);
        long sum = 0;
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (rows.test(r) && cols.test(c)) {
                    sum += cells[r][c];
                }
            }
        }
        add(section, key, BigDecimal.valueOf(sum), Unit.COUNT);
    }

    private long[][] cells(String indicatorId) {
        return computed.computeIfAbsent(indicatorId, id -> IndicatorCatalogue.find(id).orElseThrow().compute().apply(facts, period));
    }

    private void add(String section, String key, BigDecimal value, Unit unit) {
        lines.add(new Line(section, key, LABELS.label(key), value, unit));
    }

    private static final GrantReportLabels LABELS = new GrantReportLabels();
}
