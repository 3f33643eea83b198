package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared mode on one server for several bydeler: a coordinator signed in as Grorud's role reads,
 * finds and changes none of Alna's records, and cannot make Alna's theirs. PostgreSQL only (row-level
 * security); it runs in the PostgreSQL run of the suite.
 */
class RowLevelSecurityTest {

    @TempDir Path dir;

    @Test
    void aBydelsCoordinatorCannotReadOrChangeAnotherBydelsCandidates() {
        assumeTrue(TestServer.configured().isPresent(), "row-level security is PostgreSQL's; this runs in the PostgreSQL run");
        TestServer server = TestServer.configured().orElseThrow();
        TestDatabase admin = new TestDatabase(dir);
        String database = server.databaseFor(dir);
        Municipality alna = admin.municipalities.create(new Municipality(null, "030112", "Alna", false));
        Municipality grorud = admin.municipalities.create(new Municipality(null, "030110", "Grorud", false));
        Candidate ada = admin.candidate(alna.id(), "Ada i Alna", null, TestDatabase.TODAY);
        admin.candidate(grorud.id(), "Bo på Grorud", null, TestDatabase.TODAY);

        String alnaRole = role(server, database, alna);
        String grorudRole = role(server, database, grorud);
        try (Database asGrorud = ServerDatabase.open(server.address(database).withUser(grorudRole), new char[0], dir);
             Database asAlna = ServerDatabase.open(server.address(database).withUser(alnaRole), new char[0], dir)) {
            CandidateRepository grorudSees = Repositories.of(asGrorud, TestDatabase.CLOCK, "grorud").candidates();
            assertEquals(List.of("Bo på Grorud"), names(grorudSees.list(grorud.id(), CandidateFilter.ALL)));
            assertEquals(List.of(), names(grorudSees.list(alna.id(), CandidateFilter.ALL)), "Alna's list is empty to Grorud");
            assertTrue(grorudSees.find(ada.id()).isEmpty(), "Alna's candidate is not found by id either");
            assertThrows(RuntimeException.class, () -> grorudSees.save(new Candidate(null, alna.id(), "Inntrenger", null, 2000, null,
                    ada.gender(), null, TestDatabase.TODAY, ada.referralSource(), null, ada.programme(), ada.status(), null, null)),
                    "a candidate cannot be written into Alna's records");
            assertThrows(RuntimeException.class, () -> asGrorud.dsl().execute(
                    "INSERT INTO municipality_member VALUES ('" + grorudRole + "', " + alna.id() + ")"), "nor Alna's records made Grorud's");

            assertThrows(RuntimeException.class, () -> asGrorud.dsl().execute("DROP TABLE audit_entry"), "a coordinator drops no table");
            assertThrows(RuntimeException.class, () -> asGrorud.dsl().execute("CREATE TABLE grorud_own (id INT)"), "nor makes one");
            assertThrows(RuntimeException.class, () -> asGrorud.dsl().execute("DELETE FROM flyway_schema_history"),
                    "nor rewrites the migration history");
            Candidate bo = grorudSees.list(grorud.id(), CandidateFilter.ALL).stream().map(s -> grorudSees.find(s.id()).orElseThrow())
                    .findFirst().orElseThrow();
            grorudSees.save(new Candidate(bo.id(), bo.municipalityId(), bo.fullName(), "tlf. 400 00 000", bo.birthYear(), bo.birthDate(),
                    bo.gender(), bo.navOfficeId(), bo.referralDate(), bo.referralSource(), bo.mainWorkplaceId(), bo.programme(),
                    bo.status(), bo.note(), bo.informedDate()), null, bo);
            assertEquals(grorudRole, asGrorud.dsl().select(AUDIT_ENTRY.DB_USER).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                    .fetchSingle().value1(), "the audit log names the coordinator's own role");

            CandidateRepository alnaSees = Repositories.of(asAlna, TestDatabase.CLOCK, "alna").candidates();
            assertEquals(List.of("Ada i Alna"), names(alnaSees.list(alna.id(), CandidateFilter.ALL)), "Alna's coordinator sees Alna's, and nothing was added");
        } finally {
            admin.database.close();
        }
    }

    /** The app never migrates the server: a coordinator on a schema older than the app's is told so, and nothing is made. */
    @Test
    void aServerNotYetMigratedByItsOwnerIsRefusedInWords() {
        assumeTrue(TestServer.configured().isPresent(), "shared mode is PostgreSQL's; this runs in the PostgreSQL run");
        TestServer server = TestServer.configured().orElseThrow();
        String empty = server.createDatabase();
        ServerDatabase.NotReadyException refused = assertThrows(ServerDatabase.NotReadyException.class,
                () -> ServerDatabase.open(server.address(empty), new char[0], dir).close());
        assertEquals("server.notReady", refused.messageKey());
        ServerDatabase.migrate(server.address(empty), new char[0]);
        ServerDatabase.open(server.address(empty), new char[0], dir).close();
    }

    /** A login role for one bydel's coordinators: the migrations' coordinator rights and a membership. */
    private static String role(TestServer server, String database, Municipality m) {
        String name = "coordinator_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        server.execute("CREATE ROLE " + name + " LOGIN IN ROLE samspill_coordinator");
        server.execute(database, "INSERT INTO municipality_member VALUES ('" + name + "', " + m.id() + ")");
        return name;
    }

    private static List<String> names(List<no.samspill.domain.CandidateSummary> list) {
        return list.stream().map(no.samspill.domain.CandidateSummary::fullName).toList();
    }
}
