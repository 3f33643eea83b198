package no.samspill.evaluation;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One indicator: a stable id, its name and definition in nb, nn and en, the labels of its rows and
 * columns, and the code that computes it. {@link IndicatorCatalogue} is the only place they are made.
 */
public record Indicator(String id, Text name, Text definition, List<Label> rows, List<Label> columns, String totalGroup,
                        boolean personCounts, Share share, BiFunction<ProgrammeFacts, Period, long[][]> compute) {

    /** A row or column: its code in the files and its label for people. */
    public record Label(String code, Text text) {
    }

    /**
     * A share published beside the table: {@code numeratorColumn} of the row total, per row. It is
     * published only where both counts are.
     */
    public record Share(int numeratorColumn, Text label) {
    }

    public CountTable table(ProgrammeFacts facts, Period period) {
        return new CountTable(id, rows.stream().map(Label::code).toList(), columns.stream().map(Label::code).toList(),
                compute.apply(facts, period), totalGroup, personCounts);
    }

    public Text rowLabel(String code) {
        return label(rows, code);
    }

    public Text columnLabel(String code) {
        return label(columns, code);
    }

    private static Text label(List<Label> labels, String code) {
        if ("total".equals(code)) {
            return new Text("I alt", "I alt", "Total");
        }
        return labels.stream().filter(l -> l.code().equals(code)).map(Label::text).findFirst().orElse(Text.same(code));
    }
}
