package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.samspill.data.schema.DefaultSchema;
import no.samspill.data.schema.Tables;

class BackupTest {

    static final char[] PASSWORD = "Riktig-Hest-Batteri-42".toCharArray();

    @TempDir Path dir;

    /** Every row of every table, as text, so two databases can be compared whole. */
    static Map<String, List<String>> everything(DSLContext dsl) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            all.put(t.getName(), dsl.selectFrom(t).orderBy(t.field(0)).fetch().stream().map(r -> r.intoList().toString()).toList());
        }
        return all;
    }

    @Test
    void aBackupRestoresToTheSameDataAndHoldsNoReadableName() throws Exception {
        Path data = dir.resolve("data");
        Map<String, List<String>> before;
        Path backup;
        try (Database db = Database.open(data, PASSWORD)) {
            new DemoData(db.dsl(), new MunicipalityRepository(db.dsl(), new AuditLog(TestDatabase.CLOCK, "t")), TestDatabase.CLOCK).create("Fjordvik");
            before = everything(db.dsl());
            backup = Backups.automatic(db, data, LocalDateTime.of(2026, 6, 15, 12, 0));
        }
        String raw = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Demoli") || raw.contains("Fiktivsen") || raw.contains("CANDIDATE"), "the backup is encrypted");

        Backups.Summary summary = BackupRestore.summary(backup, PASSWORD);
        assertEquals(1, summary.municipalities());
        assertEquals(20, summary.candidates());
        assertEquals(LocalDateTime.of(2026, 6, 15, 12, 0), summary.made());
        assertThrows(Database.WrongPasswordException.class, () -> BackupRestore.summary(backup, "feil-passord-xx".toCharArray()));

        // Something changes after the backup; restoring brings the backup's state back.
        try (Database db = Database.open(data, PASSWORD)) {
            db.dsl().deleteFrom(Tables.FOLLOW_UP).execute();
        }
        char[] newPassword = "Nytt-Passord-Etter-Restore-9".toCharArray();
        Path aside = BackupRestore.restore(data, backup, PASSWORD, newPassword, LocalDateTime.of(2026, 6, 16, 9, 0));
        assertTrue(Files.exists(aside), "the replaced file is kept aside, never deleted");
        try (Database db = Database.open(data, newPassword)) {
            assertEquals(before, everything(db.dsl()), "every row of every table is back");
            assertTrue(new AuditVerifier(db.dsl()).verify().intact());
        }
    }

    @Test
    void rotationKeepsSevenDailyAndFourWeeklyBackups() throws Exception {
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        LocalDate today = LocalDate.of(2026, 6, 15);
        for (int d = 0; d < 60; d++) {
            for (int h : new int[] {9, 17}) {
                Files.writeString(folder.resolve("samspill-" + today.minusDays(d).toString().replace("-", "") + "-" + h + "0000" + Backups.SUFFIX), "x");
            }
        }
        Backups.rotate(folder, today, 7, 4);
        List<Path> left = Backups.list(folder);
        long daily = left.stream().filter(p -> !Backups.made(p).toLocalDate().isBefore(today.minusDays(6))).count();
        assertEquals(7, daily, "one per day for the last 7 days, the newest of each");
        assertTrue(left.stream().allMatch(p -> Backups.made(p).getHour() == 17), "the newest of each day is kept");
        assertTrue(left.size() <= 7 + 5, "plus one per week for 4 weeks: " + left.size());
        assertTrue(left.stream().noneMatch(p -> Backups.made(p).toLocalDate().isBefore(today.minusWeeks(4))), "nothing older than 4 weeks");
    }
}
