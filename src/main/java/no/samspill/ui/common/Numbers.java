package no.samspill.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the user's language writes them: Norwegian groups digits with a space and writes a
 * decimal comma ("25 000", "12,50"). The plain form is what a copy puts on the clipboard for a
 * form field: no grouping, the language's decimal mark.
 */
public final class Numbers {

    private final DecimalFormatSymbols symbols;

    public Numbers(Locale locale) {
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        if (!"en".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
        }
    }

    /** A whole number as typed, digit groups spaced or not ("1 200 000"); null when the text is not one of at most {@code digits} digits. */
    public static Long parseWhole(String text, int digits) {
        String t = text.replaceAll("[\\s\u00a0\u2009\u202f]", "");
        return t.matches("\\d{1," + digits + "}") ? Long.valueOf(t) : null;
    }

    /**
     * A non-negative number as typed, with a decimal comma or point and at most {@code decimals}
     * decimals ("1,5", "2.0", "1 200"); null when the text is not one.
     */
    public static BigDecimal parseDecimal(String text, int decimals) {
        String t = text.replaceAll("[\\s\u00a0\u2009\u202f]", "").replace(',', '.');
        return t.matches("\\d{1,7}(\\.\\d{1," + decimals + "})?") ? new BigDecimal(t) : null;
    }

    /** With digit groups: 25 000, or 12,50 with {@code decimals} places. */
    public String grouped(BigDecimal value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        return f.format(value);
    }

    /** Without digit groups, for pasting: 25000, or 12,50. */
    public String plain(BigDecimal value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols);
        return f.format(value);
    }
}
