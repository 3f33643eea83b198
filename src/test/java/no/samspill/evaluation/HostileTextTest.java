package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import java.util.Locale;

/**
 * Whatever is typed into the texts that reach a package (the narrative, the municipality's name)
 * cannot stop the export: samples from every Unicode block, control characters, emoji, lone
 * surrogates and very long strings all give a package that verifies and a PDF that opens.
 */
class HostileTextTest {

    private void exportWith(String text, String name) throws Exception {
        PackageContent c = new PackageContent("1234", name, Evaluation.compute(IndicatorCatalogueTest.FACTS, IndicatorCatalogueTest.Y2026,
                Threshold.NAV), new Narrative(text, "før\ttab", text.toUpperCase(Locale.ROOT), "😀 emoji og \u0000 null"), "test", "nb");
        // jqwik properties get no @TempDir, so the file is made and removed here.
        Path zip = Files.createTempFile("samspill-hostile", ".zip");
        PackageVerifier.Result r;
        try {
            Files.write(zip, EvaluationPackage.build(c));
            r = PackageVerifier.verify(zip);
        } finally {
            Files.deleteIfExists(zip);
        }
        assertTrue(r.valid(), r.problems().toString());
        try (PDDocument pdf = Loader.loadPDF(r.payload().get("report.pdf"))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("1234"), "the report opens and is readable");
        }
    }

    @Test
    void theNarrativeOfTheIssueWithATabAndAnEmojiExports() throws Exception {
        exportWith("Godt samarbeid\tmed Nav 👍 og 🇳🇴", "Testvik");
    }

    @Test
    void aSampleOfEveryUnicodeBlockExports() throws Exception {
        StringBuilder all = new StringBuilder();
        Character.UnicodeBlock last = null;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (block != null && block != last) {
                all.appendCodePoint(cp).appendCodePoint(Math.min(cp + 1, 0x10FFFF)).append(' ');
                last = block;
            }
        }
        all.append('\uD800').append(" lone surrogate ").append('\uDFFF');
        exportWith(all.toString(), "Kommune \u0007\u200B\uFEFF" + "x".repeat(500));
    }

    @Property(tries = 25)
    void randomTextExports(@ForAll("hostile") String text) throws Exception {
        exportWith(text, text.length() > 80 ? text.substring(0, 80) : text);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(50),
                Arbitraries.strings().withChars("abc 😀\t\n\r\u200B\u202E\uFFFD").ofMinLength(2000).ofMaxLength(6000));
    }
}
