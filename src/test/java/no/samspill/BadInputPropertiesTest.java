package no.samspill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import no.samspill.domain.CandidateRules;
import no.samspill.domain.Checks;
import no.samspill.domain.NationalId;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.NarrativeCheck;
import no.samspill.evaluation.PackageVerifier;
import no.samspill.evaluation.Threshold;
import java.time.LocalDate;
import java.util.List;
import no.samspill.cli.CliAccess;

/**
 * Long strings, control characters, odd Unicode, impossible dates and huge numbers thrown at the
 * validators and parsers: no uncaught exception, and every rejection is a message that exists in
 * the user's language.
 */
class BadInputPropertiesTest {

    private static final ResourceBundle NB = ResourceBundle.getBundle("i18n.messages", Locale.of("nb", "NO"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
                Arbitraries.strings().withChars('\u202e', '\u200b', '\ufeff', 'æ', 'ø', 'å', '\ud83d', '\ude00', '"', ';', '\n').ofMaxLength(50),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40),
                Arbitraries.just("31.02.2026"), Arbitraries.just("99999999999999999999"), Arbitraries.just("-1"),
                Arbitraries.strings().ofLength(100_000));
    }

    private static void messageExists(Optional<String> key) {
        key.ifPresent(k -> assertTrue(NB.containsKey(k), "no message for " + k));
    }

    @Property(tries = 300)
    void fieldChecksNeverThrowAndAlwaysNameAMessage(@ForAll("nasty") String text) {
        messageExists(CandidateRules.checkName(text));
        messageExists(Checks.requiredText(text, Checks.MAX_TITLE));
        messageExists(Checks.optionalText(text, Checks.MAX_LONG_TEXT));
        messageExists(CandidateRules.checkOptionalText(text, CandidateRules.MAX_NOTE));
    }

    @Property(tries = 300)
    void nationalIdParsingNeverThrows(@ForAll("nasty") String text) {
        Optional<NationalId> id = NationalId.parse(text);
        id.ifPresent(n -> assertTrue(n.value().matches("\\d{11}")));
        assertFalse(NationalId.isValid(text) && !text.matches("\\d{11}"));
    }

    @Property(tries = 200)
    void birthYearsFromTheFarPastAndFutureGetAMessage(@ForAll @IntRange(min = Integer.MIN_VALUE / 2, max = Integer.MAX_VALUE / 2) int year) {
        messageExists(CandidateRules.checkBirthYear(year, LocalDate.of(2026, 6, 15)));
    }

    @Property(tries = 200)
    void thresholdParsingOnlyEverSaysNoWithAnIllegalArgument(@ForAll("nasty") String text) {
        try {
            Threshold t = Threshold.parse(text);
            assertTrue(t.minimum() >= 2 && t.minimum() <= 100);
        } catch (IllegalArgumentException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }

    @Property(tries = 150)
    void theNarrativeCheckCopesWithAnyText(@ForAll("nasty") String text, @ForAll("nasty") String name) {
        NarrativeCheck.check(new Narrative(text, text, "", ""), Set.of(name, "Ola Nordmann"));
    }

    @Property(tries = 60)
    void anyFileGivenAsAPackageIsRefusedWithReasonsNotAnException(@ForAll byte[] bytes) throws Exception {
        Path f = Files.createTempFile("samspill-bad", ".zip");
        try {
            Files.write(f, bytes);
            PackageVerifier.Result r = PackageVerifier.verify(f);
            assertFalse(r.valid());
            assertFalse(r.problems().isEmpty());
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Property(tries = 80)
    void theCommandLineAnswersAnyArgumentsWithAnExitCode(@ForAll("arguments") List<String> args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink);
        int code = new CliAccess(out, out).run(args.toArray(String[]::new));
        assertTrue(code >= 0 && code <= 5, "exit code " + code);
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        Arbitrary<String> words = Arbitraries.oneOf(Arbitraries.of("export", "verify", "aggregate", "verify-audit", "--year", "--out",
                "--municipality", "--threshold", "--as-of", "--language", "--data-dir", "nav", "2026", "1234", "x.zip"), nasty());
        return words.list().ofMaxSize(8).map(l -> l.stream().map(s -> s.length() > 200 ? s.substring(0, 200) : s)
                .map(s -> s.replace('\u0000', '_')).map(s -> s.startsWith("--out") || !s.contains("/") ? s : "x").toList());
    }
}
