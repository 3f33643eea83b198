package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-to}: the demo municipality moved from one database to another, and back, arrives
 * whole. Checked three ways: the per-table checksums, the records read through the app's own
 * repositories, and the audit chain, which breaks if any row or its order changed.
 */
class TableTransferTest {

    @TempDir Path source;
    @TempDir Path middle;
    @TempDir Path back;

    @Test
    void theDemoMovedToAnotherFileArrivesWholeAndKeepsWorking() {
        try (TestDatabase from = TestDatabase.file(source); TestDatabase to = TestDatabase.file(middle)) {
            Municipality demo = from.demo.create("Fjordvik (demo)");
            List<TableTransfer.Compared> compared = TableTransfer.copy(from.database.dsl(), to.database.dsl(), t -> { });
            assertAllSame(compared);
            assertTrue(compared.stream().anyMatch(c -> c.source().table().equals("candidate") && c.source().rows() > 10));
            assertSameRecords(from, to, demo);
            // The target goes on: a new record gets a new id, and the audit chain continues unbroken.
            long newId = to.candidate(demo.id(), "Ny etter flyttingen", null, TestDatabase.TODAY).id();
            assertTrue(newId > maxCandidateId(from), "the new record's id comes after the moved ones");
            assertTrue(new AuditVerifier(to.database.dsl()).verify().intact());
        }
    }

    @Test
    void theDemoMovedToTheServerAndBackArrivesWhole() {
        assumeTrue(TestServer.configured().isPresent(), "the server leg runs in the PostgreSQL run");
        try (TestDatabase from = TestDatabase.file(source); TestDatabase server = new TestDatabase(middle);
             TestDatabase home = TestDatabase.file(back)) {
            assertEquals(Engine.POSTGRES, server.database.engine());
            Municipality demo = from.demo.create("Fjordvik (demo)");
            assertAllSame(TableTransfer.copy(from.database.dsl(), server.database.dsl(), t -> { }));
            assertSameRecords(from, server, demo);
            assertAllSame(TableTransfer.copy(server.database.dsl(), home.database.dsl(), t -> { }));
            assertSameRecords(from, home, demo);
            for (var t : TableTransfer.inKeyOrder()) {
                assertEquals(TableChecksum.of(from.database.dsl(), t), TableChecksum.of(home.database.dsl(), t), "there and back: " + t.getName());
            }
            assertTrue(new AuditVerifier(home.database.dsl()).verify().intact());
        }
    }

    @Test
    void aTargetThatHoldsAMunicipalityIsRefusedAndLeftAsItWas() {
        try (TestDatabase from = TestDatabase.file(source); TestDatabase to = new TestDatabase(middle)) {
            from.demo.create("Fjordvik (demo)");
            Municipality own = to.municipalities.create(new Municipality(null, "3401", "Kongsvinger", false));
            to.candidate(own.id(), "Egen kandidat", null, TestDatabase.TODAY);
            TableTransfer.TargetNotEmptyException refused = assertThrows(TableTransfer.TargetNotEmptyException.class,
                    () -> TableTransfer.copy(from.database.dsl(), to.database.dsl(), t -> { }));
            assertEquals("transfer.targetNotEmpty", refused.messageKey());
            assertEquals(List.of("Egen kandidat"), to.candidates.list(own.id(), CandidateFilter.ALL).stream()
                    .map(CandidateSummary::fullName).toList());
        }
    }

    /** The checksum is not blind: one changed letter in one row of one table shows in that table alone. */
    @Test
    void oneChangedCellShowsInItsTableOnly() {
        try (TestDatabase from = TestDatabase.file(source); TestDatabase to = TestDatabase.file(middle)) {
            from.demo.create("Fjordvik (demo)");
            TableTransfer.copy(from.database.dsl(), to.database.dsl(), t -> { });
            Long first = to.database.dsl().select(CANDIDATE.ID).from(CANDIDATE).orderBy(CANDIDATE.ID).limit(1).fetchSingle().value1();
            to.database.dsl().execute("UPDATE candidate SET full_name = full_name || 'x' WHERE id = " + first);
            List<String> differ = TableTransfer.inKeyOrder().stream()
                    .filter(t -> !TableChecksum.of(from.database.dsl(), t).equals(TableChecksum.of(to.database.dsl(), t)))
                    .map(t -> AuditLog.entity(t)).toList();
            assertEquals(List.of("candidate"), differ);
        }
    }

    private static void assertAllSame(List<TableTransfer.Compared> compared) {
        List<String> differ = compared.stream().filter(c -> !c.same()).map(c -> c.source().table()).toList();
        assertEquals(List.of(), differ, "tables that differ after the move");
        assertEquals(TableTransfer.inKeyOrder().size(), compared.size());
    }

    private static void assertSameRecords(TestDatabase a, TestDatabase b, Municipality demo) {
        Map<Long, String> there = b.candidates.list(demo.id(), CandidateFilter.ALL).stream()
                .collect(Collectors.toMap(CandidateSummary::id, CandidateSummary::fullName));
        Map<Long, String> here = a.candidates.list(demo.id(), CandidateFilter.ALL).stream()
                .collect(Collectors.toMap(CandidateSummary::id, CandidateSummary::fullName));
        assertEquals(here, there);
        for (Long id : here.keySet()) {
            assertEquals(a.candidates.find(id).orElseThrow(), b.candidates.find(id).orElseThrow());
            assertEquals(a.employment.spells(id), b.employment.spells(id));
        }
    }

    private static long maxCandidateId(TestDatabase db) {
        return db.database.dsl().select(org.jooq.impl.DSL.max(CANDIDATE.ID)).from(CANDIDATE).fetchSingle().value1();
    }
}
