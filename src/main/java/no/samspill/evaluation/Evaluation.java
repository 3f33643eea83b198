package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.samspill.domain.Programme;

/**
 * Computes every indicator for a period and protects the tables; last year beside it where it has
 * data. Where the municipality runs more than one programme, each programme's tables are computed
 * too and protected together with the total ({@link ProgrammeTables}).
 */
public final class Evaluation {

    /**
     * The computed, protected indicators, the suppression log of this year's tables and how they
     * were protected; {@code programmes} the programmes the municipality has candidates in, and
     * {@code byProgramme} their tables when there is more than one.
     */
    public record Result(Period period, Threshold threshold, List<IndicatorResult> indicators, List<SuppressionEntry> log,
                         boolean hasPreviousYear, Protection protection, List<Programme> programmes, List<ProgrammeResult> byProgramme,
                         List<CountTable> exact) {

        public Result(Period period, Threshold threshold, List<IndicatorResult> indicators, List<SuppressionEntry> log,
                      boolean hasPreviousYear, Protection protection) {
            this(period, threshold, indicators, log, hasPreviousYear, protection, List.of(), List.of(), List.of());
        }

        /**
         * {@code exact}: this year's catalogue tables before protection, in catalogue order. They
         * leave the computer only inside a confidential companion ({@link Companion}).
         */
        public Result {
            programmes = List.copyOf(programmes);
            byProgramme = List.copyOf(byProgramme);
            exact = List.copyOf(exact);
        }

        @Override
        public String toString() {
            return "Evaluation.Result[" + period + ", " + threshold.name() + ", " + indicators.size() + " indicators]";
        }
    }

    /** One programme's protected tables, for the indicators that split by programme. */
    public record ProgrammeResult(Programme programme, Text name, List<IndicatorResult> indicators) {
    }

    private Evaluation() {
    }

    public static Result compute(ProgrammeFacts facts, Period period, Threshold threshold) {
        return compute(facts, period, threshold, Protection.Method.SUPPRESSION);
    }

    public static Result compute(ProgrammeFacts facts, Period period, Threshold threshold, Protection.Method method) {
        List<Indicator> catalogue = IndicatorCatalogue.all();
        List<Indicator> split = catalogue.stream().filter(ProgrammeTables::splits).toList();
        List<Programme> run = facts.programmes();
        List<Programme> programmes = run.size() > 1 ? run : List.of();
        List<CountTable> exact = catalogue.stream().map(i -> i.table(facts, period)).toList();
        Protected now = protectAll(facts, period, exact, split, programmes, threshold, method);
        Period before = period.previous();
        boolean hasPrevious = facts.candidates().stream().anyMatch(c -> c.entered().map(d -> !d.isAfter(before.asOf())).orElse(false));
        Protected then = hasPrevious ? protectAll(facts, before, catalogue.stream().map(i -> i.table(facts, before)).toList(), split,
                programmes, threshold, method) : null;
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            results.add(new IndicatorResult(catalogue.get(i), now.tables().get(i), then == null ? null : then.tables().get(i)));
        }
        List<ProgrammeResult> byProgramme = new ArrayList<>();
        int at = catalogue.size();
        for (Programme p : programmes) {
            List<IndicatorResult> own = new ArrayList<>();
            for (Indicator ind : split) {
                own.add(new IndicatorResult(ind, now.tables().get(at), then == null ? null : then.tables().get(at)));
                at++;
            }
            byProgramme.add(new ProgrammeResult(p, ProgrammeTables.name(p), List.copyOf(own)));
        }
        return new Result(period, threshold, List.copyOf(results), now.log(), hasPrevious, now.protection(), run, byProgramme, exact);
    }

    private static Protected protectAll(ProgrammeFacts facts, Period period, List<CountTable> totals, List<Indicator> split,
                                        List<Programme> programmes, Threshold threshold, Protection.Method method) {
        List<CountTable> tables = new ArrayList<>(totals);
        for (Programme p : programmes) {
            ProgrammeFacts own = facts.of(p);
            split.forEach(i -> tables.add(ProgrammeTables.of(i.table(own, period), p)));
        }
        return protect(tables, ProgrammeTables.identities(totals, programmes), ProgrammeTables.marginTables(programmes), threshold, method);
    }

    record Protected(List<ProtectedTable> tables, List<SuppressionEntry> log, Protection protection) {
    }

    /** The one place where a set of tables is protected by the chosen method. */
    static Protected protect(List<CountTable> tables, Threshold threshold, Protection.Method method) {
        return protect(tables, List.of(), IndicatorLinks.MARGINS_WHEN_SPARSE, threshold, method);
    }

    private static Protected protect(List<CountTable> tables, List<Identity> more, Set<String> marginTables, Threshold threshold,
                                     Protection.Method method) {
        List<Identity> identities = new ArrayList<>(IndicatorLinks.identities().stream()
                .filter(id -> tables.stream().anyMatch(t -> t.indicatorId().equals(id.left().get(0).table()))).toList());
        identities.addAll(more);
        if (method == Protection.Method.ROUNDING) {
            SmallCountRounding.Result r = new SmallCountRounding(threshold).apply(tables, identities);
            List<ProtectedTable> out = r.tables().stream().map(Evaluation::allPublished).toList();
            return new Protected(out, List.of(), new Protection(method, r.loss(), r.maxError(), 0));
        }
        DisclosureControl.Result r = new DisclosureControl(threshold).apply(tables, identities, marginTables);
        return new Protected(r.tables(), r.log(), new Protection(method, r.loss(), 0, 0));
    }

    static ProtectedTable allPublished(CountTable t) {
        ProtectedTable.State[][] s = new ProtectedTable.State[t.height()][t.width()];
        for (ProtectedTable.State[] row : s) {
            Arrays.fill(row, ProtectedTable.State.PUBLISHED);
        }
        return new ProtectedTable(t, s, null);
    }
}
