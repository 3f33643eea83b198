package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.samspill.data.Database;
import no.samspill.data.Repositories;
import no.samspill.data.TestDatabase;
import no.samspill.data.TestServer;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's file moved to a server and back into a new file with two commands, each proving its move table by table. */
class MigrateToCommandTest {

    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theDemoGoesToTheServerAndBackIntoANewFile() {
        assumeTrue(TestServer.configured().isPresent(), "the server leg runs in the PostgreSQL run");
        TestServer server = TestServer.configured().orElseThrow();
        String database = server.createDatabase();
        char[] password = "Fjordvik-Sommer-2026".toCharArray();
        List<String> asked = new ArrayList<>();
        Function<String, char[]> answer = prompt -> {
            asked.add(prompt);
            return prompt.contains("server") ? new char[0] : password.clone();
        };
        Path file = dir.resolve("file");
        Path home = dir.resolve("home");
        String[] at = {"--host", server.host(), "--port", Integer.toString(server.port()), "--database", database,
                "--user", server.user(), "--plain-on-loopback"};
        assertEquals(0, cli(answer, "demo", "--data-dir", file.toString()), err());

        assertEquals(0, cli(answer, concat(new String[] {"migrate-to", "server", "--data-dir", file.toString()}, at)), err());
        String there = out();
        assertTrue(there.contains("every table has the same rows and checksum"), there);
        assertTrue(there.lines().anyMatch(l -> l.startsWith("candidate ") && l.endsWith("same")), there);

        assertEquals(5, cli(answer, concat(new String[] {"migrate-to", "server", "--data-dir", file.toString()}, at)),
                "a server that holds a municipality is not written to again");
        assertEquals(0, cli(answer, concat(new String[] {"migrate-to", "file", "--data-dir", home.toString()}, at)), err());
        assertEquals(names(file), names(home), "the new file lists the same candidates as the first");
        assertTrue(asked.stream().anyMatch(p -> p.startsWith("Choose a password")), "the new file's password was chosen: " + asked);
    }

    private List<String> names(Path folder) {
        try (Database db = Database.open(folder, "Fjordvik-Sommer-2026".toCharArray())) {
            Repositories repos = Repositories.of(db, TestDatabase.CLOCK, "test");
            long demo = repos.municipalities().findAll().get(0).id();
            return repos.candidates().list(demo, CandidateFilter.ALL).stream().map(CandidateSummary::fullName).sorted().toList();
        }
    }

    private int cli(Function<String, char[]> answer, String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), answer).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
