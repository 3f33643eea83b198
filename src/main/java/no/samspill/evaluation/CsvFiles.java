package no.samspill.evaluation;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * indicators.csv and suppression-log.csv: UTF-8 with a byte order mark and semicolons, so Excel
 * with Norwegian settings opens them as columns. indicators.csv is in long form, one value per row,
 * and every row names its municipality, year, as-of date and programme, so files pasted together
 * keep their origin. A suppressed value is written as {@code *} with the status {@code suppressed};
 * it is never 0 and never blank. Lower and upper give what a reader may rely on: the value itself,
 * a roll-up's range, or nothing where the value is hidden.
 */
final class CsvFiles {

    static final String SUPPRESSED = "*";
    /** A share whose denominator is 0: there is nothing to hide, and nothing to publish. */
    static final String NOT_APPLICABLE = "not-applicable";
    /** The package is not split by programme yet, so every row covers all of them. */
    static final String ALL_PROGRAMMES = "all";
    /** A cell of a cross-table published as its totals only. */
    static final String MARGIN_ONLY = ".";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    /** The columns of indicators.csv: one value per row, each row saying where it comes from. */
    static final String HEADER = "kommunenummer;kommune;year;as_of;programme;indicator_id;indicator;row_code;row;"
            + "column_code;column;value;status;lower;upper";

    static byte[] indicators(PackageContent content) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        Evaluation.Result ev = content.evaluation();
        for (IndicatorResult r : ev.indicators()) {
            write(out, content, r, r.current(), ev.period().year(), ev.period().asOf().toString());
            if (r.previous() != null) {
                Period before = ev.period().previous();
                write(out, content, r, r.previous(), before.year(), before.asOf().toString());
            }
        }
        return withBom(out);
    }

    private static void write(StringBuilder out, PackageContent content, IndicatorResult r, ProtectedTable t, int year, String asOf) {
        Indicator ind = r.indicator();
        String lang = content.language();
        boolean rounded = content.evaluation().protection().method() == Protection.Method.ROUNDING;
        Object[] origin = {content.municipalityNumber(), content.municipalityName(), year, asOf, ALL_PROGRAMMES, ind.id(), ind.name().in(lang)};
        for (int row = 0; row < t.height(); row++) {
            String rowCode = t.rowCode(row);
            String rowLabel = ind.rowLabel(rowCode).in(lang);
            for (int col = 0; col < t.width(); col++) {
                Long v = t.cell(row, col);
                ProtectedTable.Range range = t.range(row, col);
                String status = status(t, row, col, rounded && ind.personCounts());
                line(out, origin, rowCode, rowLabel, t.columnCode(col), ind.columnLabel(t.columnCode(col)).in(lang), text(t, row, col), status,
                        v != null ? v : range != null ? range.low() : "",
                        v != null ? v : range != null && !range.unbounded() ? range.high() : "");
            }
            if (ind.share() != null && row < t.rows().size()) {
                Double share = r.share(t, row);
                String status = share != null ? "published" : zeroDenominator(t, row) ? NOT_APPLICABLE : "suppressed";
                String value = share != null ? percent(share) : NOT_APPLICABLE.equals(status) ? "" : SUPPRESSED;
                line(out, origin, rowCode, rowLabel, "share", ind.share().label().in(lang), value, status,
                        share == null ? "" : percent(share), share == null ? "" : percent(share));
            }
        }
    }

    /** A share of nobody: the denominator is published as 0, so the share does not exist rather than being hidden. */
    private static boolean zeroDenominator(ProtectedTable t, int row) {
        Long whole = t.hasRowTotals() ? t.cell(row, t.width() - 1) : null;
        return whole != null && whole == 0;
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

    private static String status(ProtectedTable t, int row, int col, boolean rounded) {
        return switch (t.state(row, col)) {
            case PUBLISHED -> rounded ? "rounded" : "published";
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

    private static void line(StringBuilder out, Object[] origin, Object... fields) {
        Object[] all = new Object[origin.length + fields.length];
        System.arraycopy(origin, 0, all, 0, origin.length);
        System.arraycopy(fields, 0, all, origin.length, fields.length);
        line(out, all);
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
