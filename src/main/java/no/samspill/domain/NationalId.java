package no.samspill.domain;

import java.util.Optional;

/**
 * A Norwegian fødselsnummer, D-nummer, H-nummer or synthetic test number that has passed the
 * check-digit rules; an invalid one cannot be constructed.
 *
 * <p>Accepted: K1 under the rule before 2032 ((Σ w·d + K1) mod 11 = 0) and under the 2032 rule, where
 * that remainder may be 0, 1, 2 or 3; K2 as always. D-nummer adds 4 to the first digit, H-nummer adds
 * 40 to the month, synthetic numbers add 40 or 80 to the month. Gender and century are never derived
 * from the number: from 2032 the number carries no gender, and the individual digits no longer give
 * the century reliably. {@link #toString()} masks the value so that it cannot end up in a log.
 */
public final class NationalId {

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String value;

    private NationalId(String value) {
        this.value = value;
    }

    /** The number if {@code text} (spaces allowed) is a valid one; empty otherwise. */
    public static Optional<NationalId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "");
        return isValid(digits) ? Optional.of(new NationalId(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        return checkDigitsHold(d) && datePartIsPossible(d);
    }

    private static boolean checkDigitsHold(int[] d) {
        int remainder1 = (weightedSum(d, K1_WEIGHTS) + d[9]) % 11;
        if (remainder1 > 3) {
            return false;
        }
        int k2 = 11 - weightedSum(d, K2_WEIGHTS) % 11;
        if (k2 == 11) {
            k2 = 0;
        }
        return k2 != 10 && k2 == d[10];
    }

    private static int weightedSum(int[] d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * d[i];
        }
        return sum;
    }

    /** Day and month must exist in some year (29 February allowed); the century is unknown by design. */
    private static boolean datePartIsPossible(int[] d) {
        int day = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        if (day > 40) {
            day -= 40;
        }
        if (month > 80) {
            month -= 80;
        } else if (month > 40) {
            month -= 40;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
    }

    /** The eleven digits, for storage only. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "NationalId[***********]";
    }
}
