package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;

/**
 * The narrative check against sentences whose answer is known because the test wrote them: a name
 * put in, in one of the forms coordinators write, must be found where it was put; a sentence
 * without it must pass.
 */
class NarrativeNamesTest {

    private static final List<String> WORDS = List.of("mentoren", "var", "til", "stor", "hjelp", "for", "kandidaten", "i", "år",
            "samarbeidet", "med", "Nav", "gikk", "godt", "tillitsvalgte", "deltok", "på", "møtet", "om", "fagbrev", "og", "praksis");

    /** A generated name, the form it is written in, and the words around it. */
    record Case(String name, String written, List<String> before, List<String> after) {
    }

    private static List<NarrativeCheck.Finding> check(String text, String name) {
        return NarrativeCheck.check(new Narrative(text, "", "", ""), List.of(name + " Nordbø"));
    }

    @Test
    void theExampleFromTheIssueIsCaught() {
        List<NarrativeCheck.Finding> f = NarrativeCheck.check(new Narrative("Aminas mentor var til stor hjelp", "", "", ""),
                List.of("Amina Hassan"));
        assertEquals(1, f.size());
        assertEquals("Aminas", f.get(0).text(), "the user sees exactly which word matched");
        assertEquals(1, NarrativeCheck.check(new Narrative("Takk til Hassan's familie og Ami-\nna", "", "", ""), List.of("Amina Hassan"))
                .stream().filter(x -> x.text().startsWith("Hassan")).count());
    }

    /**
     * A text that is nothing but the name, 40,000 times, has 40,000 findings, one at each place the
     * name starts, and a text of a character that is not a name finds nothing. Both once took hours
     * (every finding compared with every other); the timeout only stops a hang.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aNameOnEveryWordIsFoundOnceAtEachPlace() {
        String text = "Li ".repeat(40_000);
        List<NarrativeCheck.Finding> found = NarrativeCheck.check(new Narrative(text, "", "", ""), List.of("Li"));
        assertEquals(40_000, found.size());
        for (int i = 0; i < found.size(); i++) {
            assertEquals(3 * i, found.get(i).start());
        }
        assertEquals(List.of(), NarrativeCheck.check(new Narrative("\0".repeat(100_000), "", "", ""), List.of("\0", "-")));
    }

    @Property(tries = 400)
    void aNameInAnyUsualFormIsFoundWhereItWasPut(@ForAll("cases") Case c) {
        String prefix = String.join(" ", c.before()) + (c.before().isEmpty() ? "" : " ");
        String text = prefix + c.written() + (c.after().isEmpty() ? "" : " " + String.join(" ", c.after()));
        List<NarrativeCheck.Finding> found = check(text, c.name());
        int at = prefix.length();
        assertTrue(found.stream().anyMatch(f -> f.start() <= at && f.start() + f.text().length() >= at + 2),
                "\"" + c.written() + "\" in \"" + text + "\" was not found: " + found);
    }

    @Property(tries = 200)
    void aSentenceWithoutTheNamePasses(@ForAll("names") String name, @ForAll("sentence") List<String> words) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> clean = words.stream().filter(w -> !w.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        assertEquals(List.of(), check(String.join(" ", clean), name));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> first = Arbitraries.of('A', 'B', 'E', 'H', 'K', 'M', 'S', 'Ø', 'Å', 'Z');
        Arbitrary<String> rest = Arbitraries.strings().withChars("aeiouyæøåbdfghklmnrstv").ofMinLength(3).ofMaxLength(8);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<List<String>> sentence() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> cut = Arbitraries.integers().between(1, 3);
        return Combinators.combine(names(), form, cut, sentence(), sentence()).as((name, f, k, before, after) -> {
            String written = switch (f) {
                case 0 -> name;
                case 1 -> name + "s";
                case 2 -> name + "'s";
                case 3 -> name + "’s";
                case 4 -> name + "es";
                case 5 -> name + "-saken";
                case 6 -> name.substring(0, k) + "-" + name.substring(k);
                case 7 -> name.substring(0, k) + "-\n" + name.substring(k);
                case 8 -> name.toUpperCase(Locale.ROOT);
                case 9 -> name.toLowerCase(Locale.ROOT) + "s";
                default -> name.substring(0, k) + "\u00AD" + name.substring(k);
            };
            return new Case(name, written, before, after);
        });
    }
}
