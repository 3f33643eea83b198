package no.samspill.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A kommune or bydel. Everything else in the file belongs to exactly one of these. */
public record Municipality(Long id, String number, String name, boolean demo) {

    private static final Pattern NUMBER = Pattern.compile("\\d{4}|\\d{6}");

    public Municipality {
        Objects.requireNonNull(name, "name");
        if (!isValidNumber(number)) {
            throw new IllegalArgumentException("kommunenummer must be four digits, or six for a bydel");
        }
    }

    public static boolean isValidNumber(String number) {
        return number != null && NUMBER.matcher(number).matches();
    }

    public String displayName() {
        return number + " " + name;
    }
}
