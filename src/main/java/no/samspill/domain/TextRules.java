package no.samspill.domain;

public final class TextRules {

    private TextRules() {
    }

    /** Tabs and line breaks are fine in notes; other control characters never belong in a name. */
    public static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(ch -> Character.isISOControl(ch));
    }

    /**
     * Control characters other than tab and line breaks, in a note or a contact: nothing a person types,
     * and the NUL character cannot be stored at all on a PostgreSQL server (shared mode).
     */
    public static boolean hasUnstorableCharacters(String s) {
        return s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r');
    }

    /** Null for blank input, the stripped text otherwise, so that empty fields are stored as absent. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
