package no.samspill.evaluation;

import java.util.Locale;

/**
 * How a package protects its small counts: which method, how much it costs, and for rounding the
 * largest difference between a published and a true count. {@code hiddenAtLeast} is what the rule
 * tells a reader about a hidden cell: 1 where zeros are never hidden, 0 in a roll-up.
 */
public record Protection(Method method, DisclosureControl.Loss loss, long maxError, long hiddenAtLeast) {

    /** Hide cells (suppression) or round the small ones (small count rounding). */
    public enum Method {
        SUPPRESSION, ROUNDING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code suppression} or {@code rounding} (also {@code suppress}, {@code round}). */
        public static Method parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "suppression", "suppress" -> SUPPRESSION;
                case "rounding", "round" -> ROUNDING;
                default -> throw new IllegalArgumentException("method must be suppression or rounding");
            };
        }
    }
}
