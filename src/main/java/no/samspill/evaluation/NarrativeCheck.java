package no.samspill.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samspill.domain.NationalId;
import java.util.Comparator;

/**
 * Finds names and national ids of people in the register in the narrative, so the export can be
 * blocked until they are gone. A name is matched as whole words, ignoring case: the full name and
 * each of its parts, so a first name alone is found too, also with a possessive or compound ending
 * and when split by a hyphen or a line break. Any valid 11-digit national id is found,
 * registered or not.
 */
public final class NarrativeCheck {

    /** Where a personal value was found: the section, the text as written, and its position. */
    public record Finding(String section, String text, int start) {
    }

    /** Words that are part of role titles in names but are ordinary words in a narrative. */
    private static final Set<String> ORDINARY = Set.of("mentor", "tillitsvalgt", "tillitsvald", "og", "av", "de", "la", "van", "von");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{6}\\s?\\d{5})(?!\\d)");

    /**
     * What may follow a name and still be the name: the possessive (Aminas, Amina's, Amina’s,
     * Hassans), -es, and a hyphenated compound (Amina-saken). A false alarm costs a rewording; a
     * name at the national level costs far more.
     */
    private static final String ENDINGS = "(?:['’]?s|es|['’]|-\\p{L}+)?";
    /** Between two letters of a name: nothing, a hyphen or soft hyphen, or a line break (with a hyphen before it). */
    private static final String BREAK = "(?:[-\\u00AD]?[ \\t]*\\R[ \\t]*|[-\\u00AD])?";

    private NarrativeCheck() {
    }

    /** A name as a pattern that also matches it split by a hyphen or a line break; spaces match any whitespace. */
    private static String splittable(String word) {
        if (word.length() > 60) {
            // No name is this long; a pasted text as a "name" is matched as it is, keeping the pattern small.
            return Pattern.quote(word);
        }
        StringBuilder out = new StringBuilder();
        int[] cps = word.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (Character.isWhitespace(cps[i])) {
                out.append("\\s+");
                continue;
            }
            out.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            if (i + 1 < cps.length && Character.isLetter(cps[i]) && Character.isLetter(cps[i + 1])) {
                out.append(BREAK);
            }
        }
        return out.toString();
    }

    public static List<Finding> check(Narrative narrative, Collection<String> personalValues) {
        return check(narrative, register(personalValues));
    }

    /**
     * The register's names and their parts, prepared once (off the FX thread) for the checks made
     * as the user types: each word filed under its {@link TextKeys#key key}, so a check looks up the
     * few words whose key occurs in the text instead of testing every word of a register of 100,000
     * (a check took over 100 ms, and loading the screen ran five).
     */
    public record Register(Map<String, List<String>> byKey, List<String> always) {
    }

    public static Register register(Collection<String> personalValues) {
        Map<String, List<String>> byKey = new java.util.HashMap<>();
        List<String> always = new ArrayList<>();
        for (String word : words(personalValues)) {
            String key = TextKeys.key(word);
            if (key == null) {
                always.add(word);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(word);
            }
        }
        return new Register(byKey, always);
    }

    public static List<Finding> check(Narrative narrative, Register register) {
        Set<String> words = new LinkedHashSet<>(register.always());
        for (String prefix : new TextKeys(narrative.sections().values()).prefixes()) {
            List<String> filed = register.byKey().get(prefix);
            if (filed != null) {
                words.addAll(filed);
            }
        }
        return find(narrative, words);
    }

    /**
     * {@code prefilter}: first drop the names that cannot occur in the text (see {@link TextKeys}),
     * so the pattern holds a handful of names rather than every name in a register of 100,000.
     * Without it the result is the same; a test compares the two.
     */
    static List<Finding> check(Narrative narrative, Collection<String> personalValues, boolean prefilter) {
        Set<String> words = words(personalValues);
        if (prefilter) {
            TextKeys keys = new TextKeys(narrative.sections().values());
            words.removeIf(w -> !keys.mayContain(w));
        }
        return find(narrative, words);
    }

    /** Each value whole and each of its parts that could name someone. */
    private static Set<String> words(Collection<String> personalValues) {
        Set<String> words = new LinkedHashSet<>();
        for (String value : personalValues) {
            if (value == null || value.codePoints().noneMatch(Character::isLetterOrDigit)) {
                // Nothing in it to find: punctuation alone names no one.
                continue;
            }
            words.add(value.strip());
            for (String part : value.strip().split("[\\s\\-]+")) {
                if (part.codePointCount(0, part.length()) >= 2 && !ORDINARY.contains(part.toLowerCase(Locale.ROOT))
                        && !part.chars().allMatch(Character::isDigit)) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    private static List<Finding> find(Narrative narrative, Set<String> words) {
        List<Finding> found = new ArrayList<>();
        // One pattern for all the words, longest first, so a full name wins over its parts; it is
        // compiled once per check, not once per name, because the check runs as the user types.
        String alternatives = words.stream().map(w -> Normalizer.normalize(w, Normalizer.Form.NFC))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(NarrativeCheck::splittable)
                .collect(Collectors.collectingAndThen(Collectors.joining("|"), j -> j.isEmpty() ? null : j));
        Pattern names = alternatives == null ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")" + ENDINGS
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Map.Entry<String, String> section : narrative.sections().entrySet()) {
            String text = Normalizer.normalize(section.getValue(), Normalizer.Form.NFC);
            if (names != null) {
                Matcher m = names.matcher(text);
                while (m.find()) {
                    found.add(new Finding(section.getKey(), m.group(), m.start()));
                }
            }
            Matcher digits = ELEVEN_DIGITS.matcher(text);
            while (digits.find()) {
                if (NationalId.parse(digits.group(1)).isPresent()) {
                    found.add(new Finding(section.getKey(), digits.group(1), digits.start(1)));
                }
            }
        }
        return dedupe(found, List.copyOf(narrative.sections().keySet()));
    }

    /**
     * Keeps the findings that no other finding contains, once each. Sorted by start and then by
     * length, longest first, a finding is inside another exactly when it ends no later than the
     * furthest end seen so far in its section; one pass, so a text that matches at every position
     * is still quick.
     */
    private static List<Finding> dedupe(List<Finding> found, List<String> order) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Finding f) -> order.indexOf(f.section())).thenComparingInt(Finding::start)
                .thenComparing(Comparator.comparingInt((Finding f) -> f.text().length()).reversed()));
        List<Finding> out = new ArrayList<>();
        String section = null;
        int furthest = -1;
        for (Finding f : sorted) {
            if (!f.section().equals(section)) {
                section = f.section();
                furthest = -1;
            }
            int end = f.start() + f.text().length();
            if (end > furthest) {
                out.add(f);
                furthest = end;
            }
        }
        return out;
    }
}
