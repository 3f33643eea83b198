package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.samspill.data.schema.Tables;

/** A damaged file is told apart from a wrong password, moved aside, and the newest working backup is offered. */
class DamagedDataTest {

    static final char[] PASSWORD = "Riktig-Hest-Batteri-42".toCharArray();

    @TempDir Path dir;

    @Test
    void theRightPasswordOnADamagedFileLeadsToTheNewestBackupThatOpens() throws Exception {
        try (Database db = Database.open(dir, PASSWORD)) {
            new DemoData(db.dsl(), new MunicipalityRepository(db.dsl(), new AuditLog(TestDatabase.CLOCK, "t")), TestDatabase.CLOCK).create("Fjordvik");
            Backups.automatic(db, dir, LocalDateTime.of(2026, 6, 14, 8, 0));
        }
        Files.writeString(Backups.folder(dir).resolve("samspill-20260615-080000" + Backups.SUFFIX), "not a backup");
        Path file = dir.resolve("samspill.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);

        assertThrows(Database.WrongPasswordException.class, () -> Database.open(dir, PASSWORD), "H2 cannot tell the difference");
        assertTrue(KeyCheck.matches(dir, PASSWORD), "but the key check can");
        assertFalse(KeyCheck.matches(dir, "Feil-Passord-123".toCharArray()));

        DamagedData.DamagedException damaged = DamagedData.setAside(dir, PASSWORD, LocalDateTime.of(2026, 6, 15, 9, 0));
        assertTrue(Files.exists(damaged.movedTo()), "the damaged file is kept");
        assertFalse(Files.exists(file));
        Backups.Summary offer = damaged.newestBackup().orElseThrow();
        assertEquals(LocalDateTime.of(2026, 6, 14, 8, 0), offer.made(), "the newer file that does not open is passed over");
        assertEquals(20, offer.candidates());

        BackupRestore.restore(dir, offer.file(), PASSWORD, PASSWORD, LocalDateTime.of(2026, 6, 15, 9, 5));
        try (Database db = Database.open(dir, PASSWORD)) {
            assertEquals(20, db.dsl().fetchCount(Tables.CANDIDATE));
        }
    }
}
