package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EvaluationPackageTest {

    @TempDir Path dir;

    static PackageContent content() {
        Evaluation.Result result = Evaluation.compute(IndicatorCatalogueTest.FACTS, IndicatorCatalogueTest.Y2026, Threshold.NAV);
        return new PackageContent("1234", "Testvik", result,
                new Narrative("Mentorordningen fungerte godt.", "Få heltidsstillinger.", "Tett samarbeid med Nav.", "Flere kandidater."),
                "1.0-test", "nb");
    }

    @Test
    void buildingTwiceGivesTheSameBytes() {
        assertArrayEquals(EvaluationPackage.build(content()), EvaluationPackage.build(content()));
    }

    @Test
    void thePackageIsABagWithEveryFileInTheManifest() throws Exception {
        Path zip = dir.resolve("samspill-1234-2026.zip");
        Files.write(zip, EvaluationPackage.build(content()));
        Map<String, byte[]> files = unzip(Files.readAllBytes(zip));
        assertEquals(List.of("samspill-1234-2026/bagit.txt", "samspill-1234-2026/bag-info.txt", "samspill-1234-2026/manifest-sha256.txt",
                "samspill-1234-2026/tagmanifest-sha256.txt", "samspill-1234-2026/data/indicators.csv", "samspill-1234-2026/data/indicators.json", "samspill-1234-2026/data/indicators.xlsx",
                "samspill-1234-2026/data/report.pdf", "samspill-1234-2026/data/suppression-log.csv"), List.copyOf(files.keySet()));
        String info = new String(files.get("samspill-1234-2026/bag-info.txt"), StandardCharsets.UTF_8);
        assertTrue(info.contains("Municipality-Number: 1234") && info.contains("Reporting-Year: 2026") && info.contains("As-Of-Date: 2026-12-31")
                && info.contains("Disclosure-Threshold: nav (4)") && info.contains("App-Version: 1.0-test"), info);
        PackageVerifier.Result verified = PackageVerifier.verify(zip);
        assertTrue(verified.valid(), verified.problems().toString());
    }

    @Test
    void anEditedPackageIsRefusedWithWhatChanged() throws Exception {
        Map<String, byte[]> files = unzip(EvaluationPackage.build(content()));
        String csv = "samspill-1234-2026/data/indicators.csv";
        files.put(csv, new String(files.get(csv), StandardCharsets.UTF_8).replace(";*;suppressed", ";2;published").getBytes(StandardCharsets.UTF_8));
        Path zip = dir.resolve("edited.zip");
        Files.write(zip, Zips.deterministic(files, LocalDate.of(2026, 12, 31)));
        PackageVerifier.Result verified = PackageVerifier.verify(zip);
        assertFalse(verified.valid());
        assertTrue(verified.problems().contains("data/indicators.csv has been changed since the package was made"), verified.problems().toString());
    }

    @Test
    void csvHasABomSemicolonsAndOneValuePerRowThatSaysWhereItComesFrom() {
        byte[] csv = CsvFiles.indicators(content());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = text.substring(1).lines().toList();
        assertEquals(CsvFiles.HEADER, lines.get(0));
        String origin = "1234;Testvik;2026;2026-12-31;all;";
        assertTrue(lines.contains(origin + "participants.active;Aktive deltakere på telledatoen;total;I alt;total;I alt;*;suppressed;;"),
                "3 active is hidden, with no bounds");
        assertTrue(lines.contains(origin + "participants.active;Aktive deltakere på telledatoen;age.18-24;18–24;gender.FEMALE;Kvinne;.;margin-only;;"),
                "a cross-table of three people is published as its margins");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            assertEquals(15, f.length, line);
            assertTrue(f[0].equals("1234") && f[1].equals("Testvik") && f[4].equals("all"), "every row names its origin: " + line);
            assertTrue(Set.of("published", "suppressed", "margin-only", "not-applicable", "range", "rounded").contains(f[12]), line);
            assertEquals(f[11].isEmpty(), f[12].equals("not-applicable"), "only a share of nobody has no value: " + line);
            if (f[12].equals("published")) {
                assertEquals(f[11], f[13], line);
                assertEquals(f[11], f[14], line);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(";not-applicable;")), "a share with a zero denominator is not applicable, not suppressed");
    }

    @Test
    void thePdfIsPdfaWithTheTextReadable() throws Exception {
        byte[] pdf = EvaluationPackage.payload(content()).get("report.pdf");
        // Left in target/ so a person can look at it after the build.
        Files.write(Path.of("target", "sample-report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Evalueringspakke 2026 – 1234 Testvik"));
            assertTrue(text.contains("Hva som fungerte") && text.contains("Mentorordningen fungerte godt."), "æøå and the narrative come through");
            assertTrue(text.contains("Skjulte celler"));
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("2"), "PDF/A identification in the metadata");
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size());
        }
    }

    @Test
    void indicatorsJsonFollowsTheSchemaInDocs() throws Exception {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        var schema = factory.getSchema(Files.readString(Path.of("docs", "evaluation-package.schema.json")));
        var json = JsonFile.MAPPER.readTree(EvaluationPackage.payload(content()).get("indicators.json"));
        assertEquals(Set.of(), schema.validate(json));
        var roll = RollUpTestSupport.rollUpJson(dir);
        assertEquals(Set.of(), schema.validate(roll), "a roll-up with ranges follows it too");
        // For ajv --strict, run by hand (it needs Node): the same two files.
        Path out = Files.createDirectories(Path.of("target", "schema-check"));
        Files.write(out.resolve("indicators.json"), JsonFile.MAPPER.writeValueAsBytes(json));
        Files.write(out.resolve("roll-up.json"), JsonFile.MAPPER.writeValueAsBytes(roll));

        var extraKey = json.deepCopy();
        ((ObjectNode) extraKey).put("comment", "x");
        assertFalse(schema.validate(extraKey).isEmpty(), "no keys beyond the format");
        var extraInCell = json.deepCopy();
        ((ObjectNode) extraInCell.path("indicators").path(0)).put("note", "x");
        assertFalse(schema.validate(extraInCell).isEmpty(), "nor inside an indicator");
        for (String number : List.of("99x9", "123", "12345", "1234567", "")) {
            var bad = json.deepCopy();
            ((ObjectNode) bad.path("municipality")).put("number", number);
            assertFalse(schema.validate(bad).isEmpty(), "kommunenummer " + number);
        }
        for (String number : List.of("0301", "030101", "samlet-vestland-2026")) {
            var good = json.deepCopy();
            ((ObjectNode) good.path("municipality")).put("number", number);
            assertEquals(Set.of(), schema.validate(good), "number " + number);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
