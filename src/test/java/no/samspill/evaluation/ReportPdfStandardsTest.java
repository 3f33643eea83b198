package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The report's standards, checked by tools that share no code with the writer: veraPDF's own
 * parser for PDF/A-2a and PDF/UA-1, and PDFBox's text extraction for what a reader's search finds
 * and where every glyph lands on the page.
 */
class ReportPdfStandardsTest {

    private static final String LONG_URL = "https://www.regjeringen.no/no/dokumenter/rekruttering-gjennom-inkludering-"
            + "kvalifisering-og-fagbrev-i-helse-og-omsorgstjenestene/id1234567890/?ch=1&lang=nb";

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static PackageContent content(String lang) {
        PackageContent base = EvaluationPackageTest.content();
        Narrative narrative = new Narrative("Mentorordningen fungerte godt, og flere fikk kvalifisering mot fagbrev.\n\nSe " + LONG_URL,
                "Få heltidsstillinger; Helsefagarbeiderutdanningsløpsplanleggingsarbeidsgruppemøtereferatet kom sent.",
                "Tett samarbeid med Nav 漢 og fylkeskommunen.", "Flere kandidater.");
        return new PackageContent(base.municipalityNumber(), base.municipalityName(), base.evaluation(), narrative,
                base.appVersion(), lang);
    }

    static byte[] pdf(String lang) {
        return EvaluationPackage.payload(content(lang)).get("report.pdf");
    }

    @Test
    void veraPdfAcceptsTheReportAsPdfA2aAndPdfUa1() throws Exception {
        for (String lang : List.of("nb", "nn", "en")) {
            byte[] pdf = pdf(lang);
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
                ValidationResult result = validate(pdf, flavour);
                assertTrue(result.isCompliant(), lang + " " + flavour + ": " + failures(result));
            }
        }
    }

    @Test
    void theOracleRejectsAnUntaggedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertTrue(!validate(out.toByteArray(), PDFAFlavour.PDFUA_1).isCompliant(), "veraPDF can say no");
            assertTrue(!validate(out.toByteArray(), PDFAFlavour.PDFA_2_A).isCompliant(), "veraPDF can say no");
        }
    }

    @Test
    void theLanguageTitleAndStructureAreThere() throws IOException {
        for (String lang : List.of("nb", "nn", "en")) {
            try (PDDocument doc = Loader.loadPDF(pdf(lang))) {
                assertEquals(lang, doc.getDocumentCatalog().getLanguage());
                assertTrue(doc.getDocumentInformation().getTitle().contains("1234 Testvik"));
                assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
                List<String> tags = new ArrayList<>();
                collect(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
                assertTrue(tags.contains("H1") && tags.contains("H2") && tags.contains("Table"), tags.toString());
                assertTrue(tags.stream().filter("TH"::equals).count() > 20, "row and column headers are marked");
            }
        }
    }

    @Test
    void searchFindsWordsWithFiAndNothingLeavesThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf("nb"))) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    PDPage page = getCurrentPage();
                    float width = page.getMediaBox().getWidth();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width - 20) {
                            outside.add(text);
                            break;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("kvalifisering"), "a word with f-i is found by search (no ligature glyph)");
            assertTrue(text.contains("fylkeskommunen") && text.contains("Mentorordningen fungerte godt"));
            assertTrue(text.contains("Helsefagarbeiderutdanningsl"), "a long word is wrapped, not dropped");
            assertEquals(List.of(), outside, "no text runs off the page");
            assertTrue(!text.contains("…"), "no label is cut with an ellipsis");
            assertTrue(text.contains("regel: Nav"), "the rule is named in the report's language");
            assertTrue(text.contains("ikke offisiell statistikk") && text.contains("taushetsplikt") && !text.contains("2-6"),
                    "the legal basis is GDPR anonymisation and confidentiality, not the repealed statistics act");
            assertTrue(!text.toLowerCase().contains("custom") && !text.contains("Total "), "no English in the Norwegian report");
            assertTrue(text.contains("□"), "a character the font lacks is shown as a box, not dropped silently");
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStandardStructureType());
                collect(e, tags);
            }
        }
    }

    static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    static String failures(ValidationResult result) {
        return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                .distinct().limit(30).collect(Collectors.joining("\n"));
    }
}
