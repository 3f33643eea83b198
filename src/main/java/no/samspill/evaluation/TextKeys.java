package no.samspill.evaluation;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quick, generous test of whether a name can occur in a text, for {@link NarrativeCheck}. From
 * every place in the text where a name may start, the letters and digits that follow (stepping over
 * the breaks a name may be split by: a hyphen or soft hyphen, a line break) are kept as prefixes,
 * case folded. A name's longest run of letters and digits starts at such a place wherever the name
 * matches, and endings such as "s" or "-saken" only lengthen what follows, so a name whose longest
 * run is not among the prefixes cannot match and is left out of the pattern.
 */
final class TextKeys {

    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");
    /** What {@code NarrativeCheck} lets split a name: a hyphen or soft hyphen, or a line break with one before it. */
    private static final Pattern BREAK = Pattern.compile("(?<=\\p{L})(?:[-\\u00AD]?[ \\t]*\\R[ \\t]*|[-\\u00AD])(?=\\p{L})");
    private static final int LONGEST_KEY = 64;

    private final Set<String> prefixes = new HashSet<>();

    TextKeys(Collection<String> texts) {
        for (String text : texts) {
            addRuns(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC));
        }
    }

    /**
     * From every place a name may start (a letter or digit after anything else), the next
     * {@value #LONGEST_KEY} letters and digits, stepping over a break between two letters as the
     * name pattern does, each prefix folded.
     */
    private void addRuns(String text) {
        Matcher breaks = BREAK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start = 0; start < text.length(); start++) {
            if (!alnum(text, start) || start > 0 && alnum(text, start - 1)) {
                continue;
            }
            StringBuilder run = new StringBuilder();
            int i = start;
            while (i < text.length() && run.length() < LONGEST_KEY) {
                if (alnum(text, i)) {
                    run.appendCodePoint(text.codePointAt(i));
                    i += Character.charCount(text.codePointAt(i));
                    prefixes.add(fold(run.toString()));
                } else if (breaks.region(i, text.length()).lookingAt()) {
                    i = breaks.end();
                } else {
                    break;
                }
            }
        }
    }

    private static boolean alnum(String text, int i) {
        return Character.isLetterOrDigit(text.codePointAt(i)) && !Character.isLowSurrogate(text.charAt(i));
    }

    /** False only when the name cannot occur in the texts. */
    boolean mayContain(String name) {
        String key = key(name);
        return key == null || prefixes.contains(key);
    }

    /**
     * The name's key: its longest run of letters and digits, folded; null when it has no run of two or
     * one too long to index, and so is always kept (the pattern decides).
     */
    static String key(String name) {
        String longest = "";
        Matcher m = RUN.matcher(Normalizer.normalize(name, Normalizer.Form.NFC));
        while (m.find()) {
            String run = fold(m.group());
            if (run.length() > longest.length()) {
                longest = run;
            }
        }
        return longest.length() < 2 || longest.length() > LONGEST_KEY ? null : longest;
    }

    /** The folded prefixes found in the texts: every key a name that may occur there can have. */
    Set<String> prefixes() {
        return java.util.Collections.unmodifiableSet(prefixes);
    }

    /** Upper then lower case, so that every pair the pattern's case-insensitive match treats as equal folds alike. */
    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
