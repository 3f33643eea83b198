package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prefilter that keeps the name pattern small must never change what the check finds: on
 * random registers and narratives built to hit the edge cases (names split by hyphens, soft hyphens
 * and line breaks, possessives, compounds, other letter case, apostrophes, digits next to names),
 * the check with the prefilter, and the check with the register filed by key, find exactly what the
 * plain pattern finds.
 */
class NarrativePrefilterTest {

    private static final String[] SYLLABLES = {"a", "mi", "na", "ka", "ri", "ås", "øy", "Ø", "ne", "il", "ha", "ss", "an", "ße", "ı", "jo"};
    private static final String[] GLUE = {" ", " ", " ", "-\n", "\u00AD", "\n", "-", "'s ", "’s ", "es ", "-saken ", ", ", ". ", "2", " (", ") ", "\t\n "};

    @Test
    void findsExactlyWhatThePlainPatternFinds() {
        Random random = new Random(20261123);
        for (int round = 0; round < 1500; round++) {
            List<String> register = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                register.add(name(random) + (random.nextBoolean() ? " " + name(random) : "")
                        + (random.nextInt(6) == 0 ? "-" + name(random) : ""));
            }
            if (random.nextInt(5) == 0) {
                register.add("O'" + name(random));
            }
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 25; w++) {
                String word = random.nextInt(3) == 0 ? register.get(random.nextInt(register.size())) : name(random);
                text.append(mangle(word, random)).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String t = text.toString();
            Narrative n = new Narrative(t, t.substring(t.length() / 2), "", t.toUpperCase(Locale.ROOT));
            List<NarrativeCheck.Finding> plain = NarrativeCheck.check(n, register, false);
            assertEquals(plain, NarrativeCheck.check(n, register, true), "round " + round + ": " + register + " in " + t);
            assertEquals(plain, NarrativeCheck.check(n, NarrativeCheck.register(register)), "filed, round " + round + ": " + register + " in " + t);
        }
    }

    private static String name(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The name as someone might type it: another case, or split inside by a break. */
    private static String mangle(String word, Random random) {
        String w = switch (random.nextInt(4)) {
            case 0 -> word.toUpperCase(Locale.ROOT);
            case 1 -> word.toLowerCase(Locale.ROOT);
            default -> word;
        };
        if (w.length() > 2 && random.nextInt(3) == 0) {
            int at = 1 + random.nextInt(w.length() - 1);
            String[] breaks = {"-\n", "\u00AD", "\n", "-", " \n "};
            w = w.substring(0, at) + breaks[random.nextInt(breaks.length)] + w.substring(at);
        }
        return w;
    }
}
