package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.samspill.bench.GeneratedFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confidential companion, checked by the reference age tool (Debian's {@code age}, written in
 * Go, sharing no code with jagged or BouncyCastle): it opens the key file with the password and only
 * with it, derives the same public key, and opens the companion, whose tables must equal the
 * catalogue's tables computed again from the facts.
 */
class ConfidentialCompanionTest {

    static final char[] PASSWORD = "Sekretariat-Test2026".toCharArray();
    static SecretariatKeys.Generated keys;
    static SecretariatKeys.Generated other;

    @TempDir Path dir;

    @BeforeAll
    static void keys() {
        keys = SecretariatKeys.generate("KS Test", PASSWORD);
        other = SecretariatKeys.generate("Region Annen", "Annet-Passord-2026".toCharArray());
    }

    private PackageContent content(String number, ProgrammeFacts facts, SecretariatKey to) {
        return new PackageContent(number, "Kommune " + number, Evaluation.compute(facts, IndicatorCatalogueTest.Y2026, Threshold.NAV),
                Narrative.EMPTY, "test", "nb", to);
    }

    private PackageVerifier.Result write(String name, Map<String, byte[]> payload, PackageContent c) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, EvaluationPackage.bag(c.fileName().replace(".zip", ""), payload, Map.of("Source-Organization", "test"),
                c.evaluation().period().asOf()));
        PackageVerifier.Result r = PackageVerifier.verify(file);
        assertTrue(r.valid(), () -> String.join("; ", r.problems()));
        return r;
    }

    @Test
    void theReferenceToolOpensTheKeyFileWithItsPasswordOnlyAndTheCompanionWithTheKey() throws Exception {
        Path secret = dir.resolve("secret.age");
        Files.write(secret, keys.privateFile());
        assertTrue(Files.readAllLines(secret, StandardCharsets.ISO_8859_1).get(1).matches("-> scrypt [A-Za-z0-9+/]{22} 18"),
                "the key file says age's own work factor for passwords");
        Path plain = dir.resolve("identity.txt");
        assertEquals(0, age("printf '%s\\n' '" + new String(PASSWORD) + "' | script -qec \"age -d -o " + plain + " " + secret + "\" /dev/null"));
        String opened = Files.readString(plain);
        assertTrue(opened.contains("# organisation: KS Test\n"), opened.lines().findFirst().orElse(""));
        assertNotEquals(0, age("printf 'Feil-Passord-2026\\n' | script -qec \"age -d -o " + dir.resolve("no.txt") + " " + secret
                + "\" /dev/null"), "a wrong password opens nothing");
        Path derived = dir.resolve("recipient.txt");
        assertEquals(0, age("age-keygen -y -o " + derived + " " + plain));
        assertEquals(keys.publicKey().recipient(), Files.readString(derived).strip());

        PackageContent sealed = content("1111", IndicatorCatalogueTest.FACTS, keys.publicKey());
        Map<String, byte[]> payload = EvaluationPackage.payload(sealed);
        Path companion = dir.resolve("confidential.age");
        Files.write(companion, payload.get(Companion.FILE));
        Path json = dir.resolve("exact.json");
        assertEquals(0, age("age -d -i " + plain + " -o " + json + " " + companion));
        JsonNode root = JsonFile.MAPPER.readTree(json.toFile());
        assertEquals(EvaluationPackage.sha256(payload.get("indicators.json")), root.path("publicPart").asText());
        List<Indicator> catalogue = IndicatorCatalogue.all();
        assertEquals(catalogue.size(), root.path("tables").size());
        for (int i = 0; i < catalogue.size(); i++) {
            CountTable truth = catalogue.get(i).table(IndicatorCatalogueTest.FACTS, IndicatorCatalogueTest.Y2026);
            JsonNode t = root.path("tables").get(i);
            assertEquals(truth.indicatorId(), t.path("id").asText());
            for (int r = 0; r < truth.height(); r++) {
                for (int c = 0; c < truth.width(); c++) {
                    assertEquals(truth.value(r, c), t.path("cells").get(r).get(c).asLong(), truth.indicatorId() + " " + r + "/" + c);
                }
            }
        }
        Map<String, byte[]> open = EvaluationPackage.payload(content("1111", IndicatorCatalogueTest.FACTS, null));
        open.forEach((file, bytes) -> assertArrayEquals(bytes, payload.get(file), file + " is the same with or without a companion"));
        assertEquals(open.size() + 1, payload.size());
    }

    @Test
    void aCompanionForAnotherKeyAlteredOrMovedIsRefusedWithASentence() throws Exception {
        PackageContent a = content("1111", IndicatorCatalogueTest.FACTS, keys.publicKey());
        PackageContent b = content("2222", GeneratedFacts.municipality(30, 7), keys.publicKey());
        Map<String, byte[]> pa = EvaluationPackage.payload(a);
        Map<String, byte[]> pb = EvaluationPackage.payload(b);
        try (UnlockedKey wrong = SecretariatKeys.unlock(other.privateFile(), "Annet-Passord-2026".toCharArray());
             UnlockedKey right = SecretariatKeys.unlock(keys.privateFile(), PASSWORD)) {
            List<PackageVerifier.Result> both = List.of(write("a.zip", pa, a), write("b.zip", pb, b));
            RefusedInput refused = assertThrows(RefusedInput.class, () -> RollUp.aggregate(both, "N", Threshold.NAV, "t", wrong));
            assertEquals("a.zip: its confidential part was encrypted to another key than Region Annen's.", refused.getMessage());

            Map<String, byte[]> altered = new LinkedHashMap<>(pa);
            byte[] bytes = altered.get(Companion.FILE).clone();
            bytes[bytes.length - 20] ^= 1;
            altered.put(Companion.FILE, bytes);
            List<PackageVerifier.Result> one = List.of(write("altered.zip", altered, a));
            assertEquals("altered.zip: its confidential part has been altered or damaged.",
                    assertThrows(RefusedInput.class, () -> RollUp.aggregate(one, "N", Threshold.NAV, "t", right)).getMessage());

            Map<String, byte[]> moved = new LinkedHashMap<>(pa);
            moved.put(Companion.FILE, pb.get(Companion.FILE));
            List<PackageVerifier.Result> swapped = List.of(write("moved.zip", moved, a));
            assertEquals("moved.zip: its confidential part belongs to another package.",
                    assertThrows(RefusedInput.class, () -> RollUp.aggregate(swapped, "N", Threshold.NAV, "t", right)).getMessage());
        }
        assertEquals("The password does not open this key file.",
                assertThrows(IllegalArgumentException.class, () -> SecretariatKeys.unlock(keys.privateFile(), "Feil-Passord-2026".toCharArray()))
                        .getMessage());
    }

    @Test
    void withCompanionsTheRollUpPublishesTheTrueSumsAndMoreOfThemExactly() throws Exception {
        List<ProgrammeFacts> towns = new ArrayList<>();
        List<PackageVerifier.Result> packages = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            ProgrammeFacts f = GeneratedFacts.municipality(15 + 9 * k, 300 + k);
            towns.add(f);
            PackageContent c = content(String.valueOf(3000 + k), f, k < 5 ? keys.publicKey() : null);
            packages.add(write("t" + k + ".zip", EvaluationPackage.payload(c), c));
        }
        RollUp.Result plain = RollUp.aggregate(packages, "Nasjonalt", Threshold.NAV, "test");
        RollUp.Result exact;
        try (UnlockedKey key = SecretariatKeys.unlock(keys.privateFile(), PASSWORD)) {
            exact = RollUp.aggregate(packages, "Nasjonalt", Threshold.NAV, "test", key);
        }
        assertEquals(5, exact.exactInputs());
        assertEquals(1, exact.intervalInputs());
        assertEquals(0, plain.exactInputs());
        int[] without = RollUpTest.checkAgainstTruth(plain, towns, 0);
        int[] with = RollUpTest.checkAgainstTruth(exact, towns, 0);
        assertTrue(with[0] > without[0], "exact cells: " + with[0] + " with companions, " + without[0] + " without");
    }

    /**
     * After a package with a companion is written and rolled up with the key, no file written
     * meanwhile (here or in the system's temporary folder) and no log line holds the companion's
     * plain text or the private key.
     */
    @Test
    void nothingPlainReachesTheDiskOrTheLog() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        root.addAppender(log);
        long start = System.currentTimeMillis() - 1000;
        try {
            PackageContent c = content("4444", GeneratedFacts.municipality(25, 44), keys.publicKey());
            Path pack = dir.resolve(c.fileName());
            EvaluationService.export(c, List.of(), pack, () -> false);
            Path out = dir.resolve("national.zip");
            try (UnlockedKey key = SecretariatKeys.unlock(keys.privateFile(), PASSWORD)) {
                EvaluationService.RollUpOutcome o = EvaluationService.rollUp(List.of(pack), "Nasjonalt", Threshold.NAV, "test", out, key);
                assertEquals(1, o.exactInputs(), String.join("; ", o.refused()));
            }
        } finally {
            root.detachAppender(log);
        }
        List<String> secrets = List.of(Companion.FORMAT, "AGE-SECRET-KEY-1", "publicPart");
        for (ch.qos.logback.classic.spi.ILoggingEvent e : log.list) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            secrets.forEach(word -> assertTrue(!line.contains(word), "the log holds " + word + ": " + line));
        }
        int scanned = 0;
        for (Path root2 : List.of(dir, Path.of(System.getProperty("java.io.tmpdir")))) {
            try (var files = Files.find(root2, 4, (f, a) -> a.isRegularFile() && a.lastModifiedTime().toMillis() >= start && a.size() < 50_000_000)) {
                for (Path f : files.toList()) {
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(f);
                    } catch (IOException unreadable) {
                        continue;
                    }
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    scanned++;
                    for (String word : secrets) {
                        assertTrue(!text.contains(word) || f.toString().contains("surefire") || f.toString().endsWith(".java"),
                                f + " holds " + word);
                    }
                }
            }
        }
        assertTrue(scanned >= 2, "the package and the roll-up were scanned");
    }

    /** Runs a shell line with the reference tool; fails plainly when the tool is not installed. */
    static int age(String line) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "age did not finish");
        assertTrue(!out.contains("not found"), "the reference tool is needed: apt-get install age (" + out.strip() + ")");
        return p.exitValue();
    }
}
