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
            olderVersion(db);
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

    /**
     * The close rewrites an upgraded file whatever H2's fill rates say, and leaves a mostly live file
     * that was not upgraded alone. A rewrite shuts the database down, which is how it is seen here.
     */
    @Test
    void anUpgradedFileIsRewrittenEvenWhenMostlyLive() throws Exception {
        char[] password = "Fjordvik-Sommer-2026".toCharArray();
        withEveryFileCompactedAndADemo(password, () -> {
            for (boolean upgraded : new boolean[] {false, true}) {
                Database db = Database.open(dir, password.clone());
                try (var c = db.connection(); var st = c.createStatement()) {
                    assertTrue(FileCompaction.liveDataPercent(st) >= FileCompaction.MIN_FILL_PERCENT, "the closed file was rewritten: mostly live");
                }
                FileCompaction.compact(db, upgraded);
                boolean open = isOpen(db);
                assertEquals(!upgraded, open, upgraded ? "an upgraded file is rewritten" : "a mostly live file is left alone");
                db.close();
            }
        });
    }

    /**
     * A mostly live file that has grown past half again its size after the last rewrite is rewritten
     * again (H2's fill rates are estimates); the size after each rewrite is kept beside the file.
     */
    @Test
    void aFileGrownSinceItsLastRewriteIsRewrittenAgain() throws Exception {
        char[] password = "Fjordvik-Sommer-2026".toCharArray();
        Path record = dir.resolve(FileCompaction.REWRITTEN_SIZE);
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        withEveryFileCompactedAndADemo(password, () -> {
            assertEquals(Long.toString(java.nio.file.Files.size(file)), java.nio.file.Files.readString(record), "the size after the rewrite is kept");
            for (boolean grown : new boolean[] {false, true}) {
                Database db = Database.open(dir, password.clone());
                try (var c = db.connection(); var st = c.createStatement()) {
                    assertTrue(FileCompaction.liveDataPercent(st) >= FileCompaction.MIN_FILL_PERCENT, "mostly live");
                }
                long now = java.nio.file.Files.size(file);
                // As if the last rewrite had left a file a third of this size (grown) or this size (not grown).
                java.nio.file.Files.writeString(record, Long.toString(grown ? now / 3 : now));
                FileCompaction.compact(db, false);
                assertEquals(!grown, isOpen(db), grown ? "a grown file is rewritten" : "a file as large as after its rewrite is left alone");
                db.close();
            }
        });
    }

    private interface Body {
        void run() throws Exception;
    }

    /** With every file past 0 bytes eligible for a rewrite at close, on a demo file already closed (and so rewritten) once. */
    private void withEveryFileCompactedAndADemo(char[] password, Body body) throws Exception {
        String previous = System.getProperty("samspill.compactAboveBytes");
        System.setProperty("samspill.compactAboveBytes", "0");
        try {
            try (Database db = Database.open(dir, password.clone())) {
                Repositories.of(db, TestDatabase.CLOCK, "test").demo().create("Fjordvik (demo)");
            }
            body.run();
        } finally {
            if (previous == null) {
                System.clearProperty("samspill.compactAboveBytes");
            } else {
                System.setProperty("samspill.compactAboveBytes", previous);
            }
        }
    }

    private static boolean isOpen(Database db) {
        try {
            db.dsl().fetchValue("SELECT 1");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** As a file written by the version before V11 looked. */
    private static void olderVersion(Database db) {
        for (String index : List.of("ix_candidate_referral", "ix_status_change_into", "ix_qualification_kind")) {
            db.dsl().execute("DROP INDEX " + index);
        }
        db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '11'");
    }
}
