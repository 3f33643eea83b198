package no.samspill.evaluation;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * indicators.csv and suppression-log.csv: UTF-8 with a byte order mark and semicolons, so Excel
 * with Norwegian settings opens them as columns. A suppressed value is written as {@code *} with the
 * status {@code suppressed}; it is never 0 and never blank.
 */
final class CsvFiles {

    static final String SUPPRESSED = "*";
    /** A cell of a cross-table published as its totals only. */
    static final String MARGIN_ONLY = ".";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    static byte[] indicators(PackageContent content) {
        StringBuilder out = new StringBuilder("indicator_id;indicator;year;row_code;row;column_code;column;value;status\r\n");
        String lang = content.language();
        for (IndicatorResult r : content.evaluation().indicators()) {
            write(out, r, r.current(), content.evaluation().period().year(), lang);
            if (r.previous() != null) {
                write(out, r, r.previous(), content.evaluation().period().year() - 1, lang);
            }
        }
        return withBom(out);
    }

    private static void write(StringBuilder out, IndicatorResult r, ProtectedTable t, int year, String lang) {
        Indicator ind = r.indicator();
        for (int row = 0; row < t.height(); row++) {
            for (int col = 0; col < t.width(); col++) {
                line(out, ind.id(), ind.name().in(lang), year, t.rowCode(row), ind.rowLabel(t.rowCode(row)).in(lang),
                        t.columnCode(col), ind.columnLabel(t.columnCode(col)).in(lang), text(t, row, col), status(t, row, col));
            }
            if (ind.share() != null && row < t.rows().size()) {
                Double share = r.share(t, row);
                line(out, ind.id(), ind.name().in(lang), year, t.rowCode(row), ind.rowLabel(t.rowCode(row)).in(lang), "share",
                        ind.share().label().in(lang), share == null ? SUPPRESSED : percent(share), share == null ? "suppressed" : "published");
            }
        }
    }

    /** The cell as people read it: the number, a range such as 12–15, or the suppression mark. */
    static String text(ProtectedTable t, int row, int col) {
        Long v = t.cell(row, col);
        ProtectedTable.Range range = t.range(row, col);
        if (v != null) {
            return v.toString();
        }
        if (t.state(row, col) == ProtectedTable.State.MARGIN_ONLY) {
            return MARGIN_ONLY;
        }
        return range == null ? SUPPRESSED : range.text();
    }

    private static String status(ProtectedTable t, int row, int col) {
        return switch (t.state(row, col)) {
            case PUBLISHED -> "published";
            case RANGE -> "range";
            case MARGIN_ONLY -> "margin-only";
            case SUPPRESSED -> "suppressed";
        };
    }

    static byte[] suppressionLog(PackageContent content) {
        StringBuilder out = new StringBuilder("indicator_id;row_code;column_code\r\n");
        for (SuppressionEntry e : content.evaluation().log()) {
            line(out, e.indicatorId(), e.row(), e.column());
        }
        return withBom(out);
    }

    static String percent(double share) {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb-NO")));
        return f.format(share);
    }

    private static void line(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(String.valueOf(fields[i])));
        }
        out.append("\r\n");
    }

    private static String quote(String s) {
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static byte[] withBom(StringBuilder text) {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
