package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.Narrative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.samspill.data.schema.Tables;
import org.jooq.impl.DSL;

class CliTest {

    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path fillData(String narrativeText) {
        Path data = dir.resolve("data");
        TestDatabase db = TestDatabase.file(data);
        long mid = db.demo.create("Fjordvik (demo)").id();
        db.municipalities.create(new Municipality(null, "030112", "Bydel Alna", false));
        new EvaluationRepository(db.database.dsl(), db.audit, TestDatabase.CLOCK).save(mid, 2026, new Narrative(narrativeText, "", "", ""));
        db.database.close();
        return data;
    }

    @Test
    void exportVerifyAndAggregate() throws Exception {
        Path data = fillData("Godt samarbeid med Nav.");
        Path a = dir.resolve("a.zip");
        assertEquals(0, run("export", "--municipality", "9999", "--year", "2026", "--data-dir", data.toString(), "--out", a.toString()), err());
        assertTrue(Files.size(a) > 10_000);
        assertEquals(0, run("verify", a.toString()));
        Path b = dir.resolve("b.zip");
        assertEquals(0, run("export", "--municipality", "9999", "--year", "2026", "--as-of", "2026-06-15", "--threshold", "ssb",
                "--data-dir", data.toString(), "--out", b.toString()), err());
        Path c = dir.resolve("c.zip");
        assertEquals(0, run("export", "--municipality", "030112", "--year", "2026", "--data-dir", data.toString(), "--out", c.toString()), err());
        Path national = dir.resolve("national.zip");
        assertTrue(Files.size(c) > 10_000, "a bydel with a six-digit number exports a package");
        assertEquals(0, run("verify", c.toString()));
        assertEquals(0, run("aggregate", "--out", national.toString(), a.toString(), c.toString()), err());
        assertEquals(0, run("verify", national.toString()));
        assertEquals(2, run("aggregate", "--out", national.toString()), "no packages named");
        assertEquals(2, run("aggregate", "--out", dir.resolve("x.zip").toString(), a.toString(), b.toString())
                , "different as-of dates cannot be added up");
        assertTrue(err().contains("same year and as-of date"), err());
    }

    @Test
    void anEditedPackageIsRefusedByNameAndNothingIsWritten() throws Exception {
        Path data = fillData("");
        Path a = dir.resolve("a.zip");
        assertEquals(0, run("export", "--municipality", "9999", "--year", "2026", "--data-dir", data.toString(), "--out", a.toString()));
        byte[] bytes = Files.readAllBytes(a);
        Path edited = dir.resolve("edited.zip");
        Files.write(edited, rewrite(bytes));
        assertEquals(4, run("verify", edited.toString()));
        Path national = dir.resolve("national.zip");
        assertEquals(4, run("aggregate", "--out", national.toString(), a.toString(), edited.toString()));
        assertTrue(err().contains("edited.zip"), err());
        assertFalse(Files.exists(national));
    }

    @Test
    void aNarrativeThatNamesACandidateBlocksTheExport() {
        Path data = fillData("Ada fikk fast jobb.");
        Path a = dir.resolve("a.zip");
        assertEquals(3, run("export", "--municipality", "9999", "--year", "2026", "--data-dir", data.toString(), "--out", a.toString()));
        assertTrue(err().contains("names people"), err());
        assertFalse(err().contains("Ada"), "the message points at the place, it does not repeat the name");
        assertFalse(Files.exists(a));
    }

    @Test
    void wrongUsageGetsASentenceAndCodeTwo() {
        assertEquals(2, run());
        assertEquals(2, run("export", "--year", "2026"));
        assertTrue(err().contains("Missing required option") && err().contains("'--municipality=NUMBER'"), err());
        assertEquals(2, run("export", "--municipality", "9999", "--year", "2026", "--threshold", "lots", "--out", "x.zip"));
        assertEquals(5, run("export", "--municipality", "9999", "--year", "2026", "--data-dir", dir.resolve("none").toString(),
                "--out", dir.resolve("x.zip").toString()));
        assertEquals(4, run("verify", dir.resolve("missing.zip").toString()));
    }

    @Test
    void verifyAuditFindsARowChangedBehindTheAppsBack() {
        Path data = fillData("");
        assertEquals(0, run("verify-audit", "--data-dir", data.toString()), err());
        TestDatabase db = TestDatabase.file(data);
        db.database.dsl().update(Tables.AUDIT_ENTRY).set(Tables.AUDIT_ENTRY.ACTION, "DELETE")
                .where(Tables.AUDIT_ENTRY.ID.eq(
                        db.database.dsl().select(DSL.min(Tables.AUDIT_ENTRY.ID))
                                .from(Tables.AUDIT_ENTRY).fetchSingle().value1())).execute();
        db.database.close();
        assertEquals(4, run("verify-audit", "--data-dir", data.toString()));
        assertTrue(err().contains("changed outside Samspill"), err());
    }

    /** Changes one byte of indicators.csv inside the zip, as a hand edit would. */
    private static byte[] rewrite(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        String csv = files.keySet().stream().filter(n -> n.endsWith("indicators.csv")).findFirst().orElseThrow();
        byte[] data = files.get(csv);
        data[data.length - 3] = (byte) (data[data.length - 3] == '1' ? '2' : '1');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var outZip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                outZip.putNextEntry(new ZipEntry(f.getKey()));
                outZip.write(f.getValue());
                outZip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void protectHidesTheSmallCellsOfAnyTablesAndSaysWhatIsWrongWithBadInput() throws Exception {
        Path in = dir.resolve("tables.json");
        Files.writeString(in, """
                {"threshold": "nav", "method": "suppression",
                 "tables": [{"id": "a", "rows": ["r1", "r2"], "columns": ["F", "M"], "cells": [[1, 8], [5, 7]], "sharedTotal": "g"},
                            {"id": "b", "rows": ["x", "y"], "columns": ["n"], "cells": [[12], [9]], "sharedTotal": "g"}]}
                """);
        Path target = dir.resolve("out.json");
        assertEquals(0, run("protect", in.toString(), "--out", target.toString()), err());
        String json = Files.readString(target);
        assertTrue(json.contains("\"suppressed\" : true"), "the 1 is hidden");
        assertFalse(json.contains("\"value\" : 1\n"), "the 1 is not published");
        Path rounded = dir.resolve("rounded.json");
        Files.writeString(rounded, Files.readString(in).replace("suppression", "rounding"));
        assertEquals(0, run("protect", rounded.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"maxError\""));
        Files.writeString(in, "{\"tables\": [{\"id\": \"a\", \"rows\": [\"r\"], \"columns\": [\"c\"], \"cells\": [[-3]]}]}");
        assertEquals(2, run("protect", in.toString()));
        assertTrue(err().contains("a count must be a whole number"), err());
        assertEquals(5, run("protect", dir.resolve("missing.json").toString()));
    }

    @Test
    void aMisspelledOptionIsWrongUsageWithASuggestionAndEveryCommandHasHelp() {
        assertEquals(2, run("export", "--municipality", "9999", "--year", "2026", "--treshold", "ssb", "--out", "x.zip"));
        assertTrue(err().contains("--treshold") && err().contains("--threshold"), err());
        for (String command : List.of("export", "verify", "aggregate", "protect", "verify-audit", "demo", "backup", "restore")) {
            out.reset();
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: samspill-cli " + command), out.toString(StandardCharsets.UTF_8));
        }
        out.reset();
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Samspill "));
        assertEquals(2, run("exprot"));
    }

    @Test
    void demoBackupAndRestoreWithTheWindowsCode() throws Exception {
        Path data = dir.resolve("fresh");
        char[] password = "Fjordvik-Sommer-2026".toCharArray();
        Function<String, char[]> answer = prompt -> password.clone();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, new Cli(o, e, answer).run("demo", "--data-dir", data.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Created the demo municipality 9999"));
        Path backup = dir.resolve("usb/backup.sql.aes");
        assertEquals(0, new Cli(o, e, answer).run("backup", "--out", backup.toString(), "--data-dir", data.toString()), err());
        assertTrue(Files.size(backup) > 1000);
        assertEquals(0, new Cli(o, e, answer).run("restore", backup.toString(), "--data-dir", data.toString(), "--yes"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("20 candidates"), out.toString(StandardCharsets.UTF_8));
        assertEquals(5, new Cli(o, e, p -> "Feil-Passord-2026x".toCharArray()).run("backup", "--out", backup.toString(),
                "--data-dir", data.toString()));
        assertEquals(2, new Cli(o, e, p -> "kort".toCharArray()).run("demo", "--data-dir", dir.resolve("weak").toString()),
                "a weak password for new data is wrong usage");
        assertTrue(err().contains("too weak"), err());
    }
}
