package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The package's values in long form, one per row, as typed fields: a count is a {@link Long}, a
 * share a {@link Double} (per cent), a mark or a range a {@link String}. indicators.csv writes them
 * as text and the spreadsheet as numbers, so the two can never disagree about a value.
 */
final class LongRows {

    static final List<String> HEADER = List.of("kommunenummer", "kommune", "year", "as_of", "programme", "indicator_id",
            "indicator", "row_code", "row", "column_code", "column", "value", "status", "lower", "upper");
    static final int VALUE = HEADER.indexOf("value");

    private LongRows() {
    }

    static List<Object[]> of(PackageContent content) {
        List<Object[]> out = new ArrayList<>();
        Evaluation.Result ev = content.evaluation();
        addAll(out, content, CsvFiles.ALL_PROGRAMMES, ev.indicators());
        for (Evaluation.ProgrammeResult p : ev.byProgramme()) {
            addAll(out, content, p.programme().name(), p.indicators());
        }
        return out;
    }

    private static void addAll(List<Object[]> out, PackageContent content, String programme, List<IndicatorResult> results) {
        Evaluation.Result ev = content.evaluation();
        for (IndicatorResult r : results) {
            add(out, content, programme, r, r.current(), ev.period().year(), ev.period().asOf().toString());
            if (r.previous() != null) {
                Period before = ev.period().previous();
                add(out, content, programme, r, r.previous(), before.year(), before.asOf().toString());
            }
        }
    }

    private static void add(List<Object[]> out, PackageContent content, String programme, IndicatorResult r, ProtectedTable t, int year,
                            String asOf) {
        Indicator ind = r.indicator();
        String lang = content.language();
        boolean rounded = content.evaluation().protection().method() == Protection.Method.ROUNDING;
        Object[] origin = {content.municipalityNumber(), content.municipalityName(), year, asOf, programme, ind.id(),
            ind.name().in(lang)};
        for (int row = 0; row < t.height(); row++) {
            String rowCode = t.rowCode(row);
            String rowLabel = ind.rowLabel(rowCode).in(lang);
            for (int col = 0; col < t.width(); col++) {
                Long v = t.cell(row, col);
                ProtectedTable.Range range = t.range(row, col);
                String status = status(t, row, col, rounded && ind.personCounts());
                out.add(join(origin, rowCode, rowLabel, t.columnCode(col), ind.columnLabel(t.columnCode(col)).in(lang), value(t, row, col),
                        status, v != null ? v : range != null ? (Object) range.low() : "",
                        v != null ? v : range != null && !range.unbounded() ? (Object) range.high() : ""));
            }
            if (ind.share() != null && row < t.rows().size()) {
                Double share = r.share(t, row);
                String status = share != null ? "published" : zeroDenominator(t, row) ? CsvFiles.NOT_APPLICABLE : "suppressed";
                Object value = share != null ? share : CsvFiles.NOT_APPLICABLE.equals(status) ? "" : CsvFiles.SUPPRESSED;
                out.add(join(origin, rowCode, rowLabel, "share", ind.share().label().in(lang), value, status,
                        share == null ? "" : share, share == null ? "" : share));
            }
        }
    }

    /** The published count, a range such as 12–15, or the mark of a hidden or margin-only cell. */
    static Object value(ProtectedTable t, int row, int col) {
        Long v = t.cell(row, col);
        if (v != null) {
            return v;
        }
        if (t.state(row, col) == ProtectedTable.State.MARGIN_ONLY) {
            return CsvFiles.MARGIN_ONLY;
        }
        ProtectedTable.Range range = t.range(row, col);
        return range == null ? CsvFiles.SUPPRESSED : range.text();
    }

    /** A share of nobody: the denominator is published as 0, so the share does not exist rather than being hidden. */
    static boolean zeroDenominator(ProtectedTable t, int row) {
        Long whole = t.hasRowTotals() ? t.cell(row, t.width() - 1) : null;
        return whole != null && whole == 0;
    }

    private static String status(ProtectedTable t, int row, int col, boolean rounded) {
        return switch (t.state(row, col)) {
            case PUBLISHED -> rounded ? "rounded" : "published";
            case RANGE -> "range";
            case MARGIN_ONLY -> "margin-only";
            case SUPPRESSED -> "suppressed";
        };
    }

    private static Object[] join(Object[] origin, Object... fields) {
        Object[] all = new Object[origin.length + fields.length];
        System.arraycopy(origin, 0, all, 0, origin.length);
        System.arraycopy(fields, 0, all, origin.length, fields.length);
        return all;
    }
}
