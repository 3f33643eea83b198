package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: a dry run prints the report and stores nothing; the real run stores the valid rows. */
class ImportCommandTest {

    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    int count(Path data) {
        TestDatabase db = TestDatabase.file(data);
        try {
            return db.candidates.count(db.municipalities.findByNumber("9998").orElseThrow().id());
        } finally {
            db.database.close();
        }
    }

    @Test
    void aDryRunReportsAndTheRealRunStores() throws Exception {
        Path data = dir.resolve("data");
        TestDatabase db = TestDatabase.file(data);
        db.municipalities.create(new Municipality(null, "9998", "Prøvevik", false));
        db.database.close();
        Path file = dir.resolve("k.csv");
        Files.writeString(file, "Navn;Fødselsår;Status\r\nÅse Ås;2001;aktiv\r\nBo Bø;1899;aktiv\r\n", Charset.forName("windows-1252"));
        assertEquals(0, run("import", "--municipality", "9998", "--file", file.toString(), "--data-dir", data.toString(), "--dry-run"),
                err.toString(StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Lest som Windows-1252 med «;» mellom feltene: 2 rader."), report);
        assertTrue(report.contains("Rad 3, Fødselsår:"), report);
        assertEquals(0, count(data), "a dry run stores nothing");
        assertEquals(0, run("import", "--municipality", "9998", "--file", file.toString(), "--data-dir", data.toString(), "--language", "en"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Imported 1 new candidates"), out.toString(StandardCharsets.UTF_8));
        assertEquals(1, count(data));
        Files.write(file, new byte[0]);
        assertEquals(Cli.INVALID, run("import", "--municipality", "9998", "--file", file.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Filen er tom."));
    }
}
