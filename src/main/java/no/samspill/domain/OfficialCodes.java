package no.samspill.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The optional codes that make "relevant" checkable rather than judged: SSB's STYRK-08 occupation on
 * a job, Udir's Grep code on a training step. Only the form of a code is checked, and the few codes
 * the programmes use are offered by name; any other well-formed code is accepted.
 */
public final class OfficialCodes {

    /** A code the forms offer, with its name in bokmål (the lists' own language). */
    public record Known(String code, String name) {
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    public static final List<Known> STYRK = List.of(
            new Known("5321", "Helsefagarbeidere"),
            new Known("5322", "Hjemmehjelpere og personlige assistenter"),
            new Known("5329", "Andre pleiemedarbeidere"),
            new Known("5311", "Barnehage- og skolefritidsassistenter"),
            new Known("3221", "Vernepleiere"),
            new Known("2223", "Sykepleiere"),
            new Known("5120", "Kokker"),
            new Known("9412", "Kjøkkenassistenter"),
            new Known("9112", "Rengjørere i bedrifter"));

    public static final List<Known> UDIR = List.of(
            new Known("HSHSF1", "Vg1 helse- og oppvekstfag"),
            new Known("HSHEA2", "Vg2 helsearbeiderfag"),
            new Known("HSHEA3", "Helsearbeiderfaget (lærefag)"));

    private static final Pattern STYRK_FORM = Pattern.compile("\\d{4}");
    // A programme area (six letters and digits, Grep pads it with dashes to ten) or a subject (three letters, four digits).
    private static final Pattern UDIR_FORM = Pattern.compile("[A-Z]{5}\\d-{0,4}|[A-Z]{3}\\d{4}");
    // STYRK-08 sub-major groups of health and care work: health professionals, health associate professionals, personal care workers.
    private static final List<String> HEALTH_AND_CARE = List.of("22", "32", "53");

    private OfficialCodes() {
    }

    /** The code as stored: the code before any name, upper case, Grep's padding dashes dropped; null when blank. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
        return code.matches("[A-Z]{5}\\d-+") ? code.replaceAll("-+$", "") : code;
    }

    public static Optional<String> checkStyrk(String code) {
        return code == null || STYRK_FORM.matcher(code).matches() ? Optional.empty() : Optional.of("validation.styrk");
    }

    public static Optional<String> checkUdir(String code) {
        return code == null || UDIR_FORM.matcher(code).matches() ? Optional.empty() : Optional.of("validation.udir");
    }

    /** Whether a STYRK-08 code is an occupation in health and care work. */
    public static boolean healthAndCare(String styrk) {
        return styrk != null && HEALTH_AND_CARE.contains(styrk.substring(0, 2));
    }

    public static String name(List<Known> list, String code) {
        return list.stream().filter(k -> k.code().equals(code)).map(Known::toString).findFirst().orElse(code == null ? "" : code);
    }
}
