package no.samspill.domain;

import java.util.Optional;

/**
 * What a data password must be. It protects a file that may be lost with a laptop, and it cannot
 * be recovered, so it must be long rather than clever: at least 10 characters with three kinds
 * (small and capital letters, digits, others), or at least 16 of any kind.
 */
public final class PasswordRules {

    public static final int MIN = 10;
    public static final int LONG = 16;

    private PasswordRules() {
    }

    public static Optional<String> check(char[] password) {
        if (password == null || password.length == 0) {
            return Optional.of("validation.required");
        }
        if (password.length < MIN) {
            return Optional.of("password.tooShort");
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        boolean allSame = true;
        for (char c : password) {
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
            allSame &= c == password[0];
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (allSame || (password.length < LONG && kinds < 3)) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}
