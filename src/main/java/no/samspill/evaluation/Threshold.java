package no.samspill.evaluation;

import java.util.Locale;

/**
 * The smallest count that may be published: a cell with 1 ≤ n < {@code minimum} is suppressed.
 * Nav suppresses values below 4 in its published statistics; SSB hides cells below 3. The package is not
 * official statistics: its suppression rests on GDPR anonymisation and the duty of confidentiality.
 */
public record Threshold(String name, int minimum) {

    public static final Threshold NAV = new Threshold("nav", 4);
    public static final Threshold SSB = new Threshold("ssb", 3);

    public Threshold {
        if (minimum < 2 || minimum > 100) {
            throw new IllegalArgumentException("threshold must be between 2 and 100");
        }
    }

    /** {@code nav}, {@code ssb} or a whole number from 2 to 100. */
    public static Threshold parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "nav" -> NAV;
            case "ssb" -> SSB;
            default -> {
                if (!t.matches("\\d{1,3}")) {
                    throw new IllegalArgumentException("threshold must be nav, ssb or a number");
                }
                yield new Threshold("custom", Integer.parseInt(t));
            }
        };
    }

    public boolean tooSmall(long n) {
        return n >= 1 && n < minimum;
    }
}
