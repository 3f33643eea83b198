package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * One indicator laid out as the report and the spreadsheet show it: a header (group, the columns,
 * the share, last year) and, per row, its label and typed cells. A cell is a {@link Long} count, a
 * {@link Double} share in per cent, a {@link ProtectedTable.Range}, or a mark ({@code *}, {@code .},
 * {@code –}, or empty for a total's share). Each writer only formats.
 */
final class IndicatorLayout {

    /** A row: its label, whether it is a total, and its cells after the label. */
    record Row(String label, boolean total, List<Object> cells) {
    }

    private final IndicatorResult result;
    private final Indicator ind;
    private final ProtectedTable t;
    private final String lang;

    IndicatorLayout(IndicatorResult result, String lang) {
        this.result = result;
        this.ind = result.indicator();
        this.t = result.current();
        this.lang = lang;
    }

    List<String> header(int year) {
        List<String> header = new ArrayList<>();
        header.add(ReportText.GROUP.in(lang));
        for (int c = 0; c < t.width(); c++) {
            header.add(ind.columnLabel(t.columnCode(c)).in(lang));
        }
        if (ind.share() != null) {
            header.add(ind.share().label().in(lang));
        }
        if (result.previous() != null) {
            header.add(Integer.toString(year - 1));
        }
        return header;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int row = 0; row < t.height(); row++) {
            boolean total = row >= t.rows().size();
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < t.width(); c++) {
                cells.add(cell(t, row, c));
            }
            if (ind.share() != null) {
                cells.add(total ? "" : share(row));
            }
            if (result.previous() != null) {
                ProtectedTable p = result.previous();
                cells.add(cell(p, row, p.width() - 1));
            }
            rows.add(new Row(ind.rowLabel(t.rowCode(row)).in(lang), total, cells));
        }
        return rows;
    }

    /** Whether a row's share is missing because nobody is in its denominator (shown as "–"). */
    boolean hasShareOfNobody() {
        for (int row = 0; row < t.rows().size() && ind.share() != null; row++) {
            if (result.share(t, row) == null && LongRows.zeroDenominator(t, row)) {
                return true;
            }
        }
        return false;
    }

    private Object share(int row) {
        Double s = result.share(t, row);
        if (s != null) {
            return s;
        }
        return LongRows.zeroDenominator(t, row) ? "–" : CsvFiles.SUPPRESSED;
    }

    private static Object cell(ProtectedTable table, int row, int col) {
        ProtectedTable.Range range = table.range(row, col);
        return table.cell(row, col) == null && range != null ? range : LongRows.value(table, row, col);
    }
}
