package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;

/** Computes every indicator for a period and protects the tables; last year beside it where it has data. */
public final class Evaluation {

    /** The computed, protected indicators and the suppression log of this year's tables. */
    public record Result(Period period, Threshold threshold, List<IndicatorResult> indicators, List<SuppressionEntry> log,
                         boolean hasPreviousYear) {
    }

    private Evaluation() {
    }

    public static Result compute(ProgrammeFacts facts, Period period, Threshold threshold) {
        List<Indicator> catalogue = IndicatorCatalogue.all();
        DisclosureControl control = new DisclosureControl(threshold);
        DisclosureControl.Result now = control.apply(catalogue.stream().map(i -> i.table(facts, period)).toList());
        Period before = period.previous();
        boolean hasPrevious = facts.candidates().stream().anyMatch(c -> c.entered().map(d -> !d.isAfter(before.asOf())).orElse(false));
        DisclosureControl.Result then = hasPrevious
                ? control.apply(catalogue.stream().map(i -> i.table(facts, before)).toList()) : null;
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            results.add(new IndicatorResult(catalogue.get(i), now.tables().get(i), then == null ? null : then.tables().get(i)));
        }
        return new Result(period, threshold, List.copyOf(results), now.log(), hasPrevious);
    }
}
