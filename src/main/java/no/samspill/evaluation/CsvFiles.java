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
    static final String HEADER = String.join(";", LongRows.HEADER);

    static byte[] indicators(PackageContent content) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Object[] row : LongRows.of(content)) {
            line(out, row);
        }
        return withBom(out);
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
            out.append(quote(fields[i] instanceof Double d ? percent(d) : String.valueOf(fields[i])));
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
