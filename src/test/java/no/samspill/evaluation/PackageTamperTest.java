package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Arrays;

/**
 * Packages edited the ways a tamperer or a damaged copy edits them are refused with a sentence that
 * names the problem. The Library of Congress's bagit-java is the outside judge of what a valid bag is.
 */
class PackageTamperTest {

    static final String ROOT = "samspill-1234-2026/";
    @TempDir Path dir;

    private Map<String, byte[]> files() throws Exception {
        return EvaluationPackageTest.unzip(EvaluationPackage.build(EvaluationPackageTest.content()));
    }

    private List<String> problems(Map<String, byte[]> files) throws Exception {
        Path zip = Files.createTempFile(dir, "p", ".zip");
        Files.write(zip, Zips.deterministic(files, LocalDate.of(2026, 12, 31)));
        return PackageVerifier.verify(zip).problems();
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(ROOT + name), StandardCharsets.UTF_8);
    }

    private static void put(Map<String, byte[]> files, String name, String text) {
        files.put(ROOT + name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPackageAsMadeIsAValidBagForBagitJavaAndForUs() throws Exception {
        Map<String, byte[]> files = files();
        assertEquals(List.of(), problems(files));
        Path unpacked = dir.resolve("unpacked");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = unpacked.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Bag bag = new BagReader().read(unpacked.resolve(ROOT));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        assertEquals(1, bag.getTagManifests().size(), "bagit-java reads our tag manifest");
        Files.writeString(unpacked.resolve(ROOT + "bag-info.txt"), text(files, "bag-info.txt").replace("1234", "5678"));
        Bag edited = new BagReader().read(unpacked.resolve(ROOT));
        try (BagVerifier verifier = new BagVerifier()) {
            assertThrows(Exception.class, () -> verifier.isValid(edited, false), "bagit-java refuses an edited bag-info.txt too");
        }
    }

    @Test
    void anEditedBagInfoIsRefused() throws Exception {
        Map<String, byte[]> files = files();
        put(files, "bag-info.txt", text(files, "bag-info.txt").replace("Municipality-Number: 1234", "Municipality-Number: 5678")
                .replace("Reporting-Year: 2026", "Reporting-Year: 2025"));
        assertEquals(List.of("bag-info.txt has been changed since the package was made"), problems(files));
    }

    @Test
    void aPayloadFileDeletedWithItsManifestLineIsRefused() throws Exception {
        Map<String, byte[]> files = files();
        files.remove(ROOT + "data/report.pdf");
        put(files, "manifest-sha256.txt", text(files, "manifest-sha256.txt").replaceAll("(?m)^.*data/report\\.pdf\\n", ""));
        List<String> problems = problems(files);
        assertTrue(problems.contains("data/report.pdf is missing"), problems.toString());
        assertTrue(problems.contains("manifest-sha256.txt has been changed since the package was made"), problems.toString());
    }

    @Test
    void anExtraFileAtTheRootIsRefused() throws Exception {
        Map<String, byte[]> files = files();
        put(files, "notes.txt", "hello");
        assertEquals(List.of("notes.txt is not part of a Samspill package"), problems(files));
    }

    @Test
    void aWrongPayloadOxumIsRefusedEvenWithTheTagManifestRebuilt() throws Exception {
        Map<String, byte[]> files = files();
        put(files, "bag-info.txt", text(files, "bag-info.txt").replaceAll("Payload-Oxum: \\d+\\.\\d+", "Payload-Oxum: 12.5"));
        StringBuilder tags = new StringBuilder();
        for (String t : List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt")) {
            tags.append(EvaluationPackage.sha256(files.get(ROOT + t))).append("  ").append(t).append('\n');
        }
        put(files, "tagmanifest-sha256.txt", tags.toString());
        List<String> problems = problems(files);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("the Payload-Oxum in bag-info.txt (12.5) does not match the payload"), problems.toString());
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        byte[] whole = EvaluationPackage.build(EvaluationPackageTest.content());
        for (int cut : new int[] {whole.length - 10, whole.length - 200, whole.length / 2}) {
            Path zip = dir.resolve("cut" + cut + ".zip");
            Files.write(zip, Arrays.copyOf(whole, cut));
            assertEquals(List.of("the file is not a whole zip file (damaged or cut short)"), PackageVerifier.verify(zip).problems());
        }
    }

    @Test
    void anEntryThatLeavesTheFolderIsRefused() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(files());
        files.put(ROOT + "data/../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("the entry " + ROOT + "data/../../evil.txt would leave the package folder when unpacked"), problems(files));
    }

    @Test
    void aZipThatWouldUnpackToFarMoreThanAPackageIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(ROOT + "bagit.txt"));
            zip.write(EvaluationPackage.BAGIT.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ROOT + "data/report.pdf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Path zip = dir.resolve("bomb.zip");
        Files.write(zip, bytes.toByteArray());
        assertTrue(Files.size(zip) < 1_000_000, "small on disk");
        List<String> problems = PackageVerifier.verify(zip).problems();
        assertEquals(List.of("it would unpack to more than 50 MB, far more than a package"), problems);
        assertFalse(PackageVerifier.verify(zip).valid());
    }
}
