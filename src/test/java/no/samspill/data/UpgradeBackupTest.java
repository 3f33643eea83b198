package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upgrade keeps the data: opening a file from an older version takes a backup before migrating it. */
class UpgradeBackupTest {

    @TempDir Path dir;

    @Test
    void aFileFromAnOlderVersionIsBackedUpBeforeItIsMigrated() {
        char[] password = "Fjordvik-Sommer-2026".toCharArray();
        try (Database db = Database.open(dir, password.clone())) {
            Repositories.of(db, TestDatabase.CLOCK, "test").demo().create("Fjordvik (demo)");
            // As a file written by the version before V11 looked.
            for (String index : List.of("ix_candidate_referral", "ix_status_change_into", "ix_qualification_kind")) {
                db.dsl().execute("DROP INDEX " + index);
            }
            db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '11'");
        }
        assertEquals(List.of(), Backups.list(Backups.folder(dir)), "no backup yet");
        try (Database db = Database.open(dir, password.clone())) {
            List<Path> backups = Backups.list(Backups.folder(dir));
            assertEquals(1, backups.size(), "one backup, taken before the migration");
            Backups.Summary before = BackupRestore.summary(backups.get(0), password.clone());
            assertEquals(20, before.candidates(), "the backup holds the data as it was");
            assertTrue(db.dsl().fetchExists(db.dsl().selectFrom("INFORMATION_SCHEMA.INDEXES").where("INDEX_NAME = 'IX_CANDIDATE_REFERRAL'")),
                    "and the file is migrated");
        }
        try (Database again = Database.open(dir, password.clone())) {
            assertEquals(1, Backups.list(Backups.folder(dir)).size(), "a file already up to date is opened without a new backup");
        }
    }
}
