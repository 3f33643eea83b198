package no.samspill.crash;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.samspill.data.AuditVerifier;
import no.samspill.data.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random moments, many times over the same file, and checks
 * after each kill that the database opens, every acknowledged save is there, no save is half there
 * (each candidate has its status row and its audit entry) and the audit chain holds.
 *
 * <p>CI runs a few cycles; {@code -Dsamspill.crash.cycles=200} runs the full harness.
 */
class CrashHarnessTest {

    @TempDir Path dir;

    @Test
    void killedMidWriteLosesNothingAcknowledgedAndLeavesNothingHalfWritten() throws Exception {
        int cycles = Integer.getInteger("samspill.crash.cycles", 4);
        Random random = new Random(Long.getLong("samspill.crash.seed", 20261123L));
        Set<String> acknowledged = new HashSet<>();
        int killedWhileWriting = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "-Dsamspill.logDir=" + dir.resolve("logs"), CrashWriter.class.getName(), dir.toString(), "c" + cycle)
                    .redirectErrorStream(false).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("READY", line, "cycle " + cycle + ": the data layer opened");
            int writes = 1 + random.nextInt(40);
            for (int i = 0; i < writes && (line = out.readLine()) != null; i++) {
                acknowledged.add(line.substring(4));
            }
            if (random.nextBoolean()) {
                Thread.sleep(random.nextInt(15));
            }
            // SIGKILL through the handle: unlike Process.destroyForcibly it leaves our end of the pipe open,
            // so the acknowledgements already written can still be read.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            // Saves acknowledged between our last read and the kill also count.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                    killedWhileWriting++;
                }
            }
            check(acknowledged, cycle);
        }
        System.out.printf("crash harness: %d cycles, %d acknowledged saves, 0 lost, 0 half-written%n", cycles, acknowledged.size());
        assertTrue(killedWhileWriting >= 0);
    }

    private void check(Set<String> acknowledged, int cycle) {
        try (Database db = Database.open(dir)) {
            var dsl = db.dsl();
            Set<String> stored = new HashSet<>(dsl.select(CANDIDATE.FULL_NAME).from(CANDIDATE).fetch(CANDIDATE.FULL_NAME));
            List<String> lost = new ArrayList<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(List.of(), lost, "cycle " + cycle + ": acknowledged saves are missing");
            int candidates = dsl.fetchCount(CANDIDATE);
            assertEquals(candidates, dsl.fetchCount(dsl.selectDistinct(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID).from(CANDIDATE_STATUS_CHANGE)),
                    "cycle " + cycle + ": every candidate has its status row");
            assertEquals(candidates, dsl.fetchCount(CANDIDATE_STATUS_CHANGE), "cycle " + cycle + ": no status row without its candidate");
            assertEquals(candidates, dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY.eq("candidate")),
                    "cycle " + cycle + ": every candidate has its audit entry");
            AuditVerifier.Result chain = new AuditVerifier(dsl).verify();
            assertTrue(chain.intact(), "cycle " + cycle + ": audit chain broken at " + chain.brokenAt());
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
