package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;

/** Computes every indicator for a period and protects the tables; last year beside it where it has data. */
public final class Evaluation {

    /** The computed, protected indicators, the suppression log of this year's tables and how they were protected. */
    public record Result(Period period, Threshold threshold, List<IndicatorResult> indicators, List<SuppressionEntry> log,
                         boolean hasPreviousYear, Protection protection) {
    }

    private Evaluation() {
    }

    public static Result compute(ProgrammeFacts facts, Period period, Threshold threshold) {
        return compute(facts, period, threshold, Protection.Method.SUPPRESSION);
    }

    public static Result compute(ProgrammeFacts facts, Period period, Threshold threshold, Protection.Method method) {
        List<Indicator> catalogue = IndicatorCatalogue.all();
        Protected now = protect(catalogue.stream().map(i -> i.table(facts, period)).toList(), threshold, method);
        Period before = period.previous();
        boolean hasPrevious = facts.candidates().stream().anyMatch(c -> c.entered().map(d -> !d.isAfter(before.asOf())).orElse(false));
        Protected then = hasPrevious ? protect(catalogue.stream().map(i -> i.table(facts, before)).toList(), threshold, method) : null;
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            results.add(new IndicatorResult(catalogue.get(i), now.tables().get(i), then == null ? null : then.tables().get(i)));
        }
        return new Result(period, threshold, List.copyOf(results), now.log(), hasPrevious, now.protection());
    }

    record Protected(List<ProtectedTable> tables, List<SuppressionEntry> log, Protection protection) {
    }

    /** The one place where a set of tables is protected by the chosen method. */
    static Protected protect(List<CountTable> tables, Threshold threshold, Protection.Method method) {
        List<Identity> identities = IndicatorLinks.identities().stream()
                .filter(id -> tables.stream().anyMatch(t -> t.indicatorId().equals(id.left().get(0).table()))).toList();
        if (method == Protection.Method.ROUNDING) {
            SmallCountRounding.Result r = new SmallCountRounding(threshold).apply(tables, identities);
            List<ProtectedTable> out = r.tables().stream().map(Evaluation::allPublished).toList();
            return new Protected(out, List.of(), new Protection(method, r.loss(), r.maxError(), 0));
        }
        DisclosureControl.Result r = new DisclosureControl(threshold).apply(tables, identities, IndicatorLinks.MARGINS_WHEN_SPARSE);
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
