package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.sql.DriverManager;
import java.util.Arrays;
import no.samspill.data.schema.Tables;

/**
 * Checked with H2's own tools, as a thief with a copy of the folder would: neither the password nor
 * any word of it opens the data file or a backup; only the Argon2id-derived key does.
 */
class KeyDerivationTest {

    static final String PASSPHRASE = "fjordvik sommer regn 2026";
    static final List<String> GUESSES = List.of(PASSPHRASE, PASSPHRASE + " ", "fjordvik", "sommer", "regn", "2026", "sommer regn 2026 ");

    @TempDir Path dir;

    private void fillDemo(Database db) {
        new DemoData(db.dsl(), new MunicipalityRepository(db.dsl(), new AuditLog(TestDatabase.CLOCK, "t")), TestDatabase.CLOCK).create("Fjordvik");
    }

    /** Runs H2's ChangeFileEncryption -decrypt on a copy of the folder; true when it decrypts. */
    private boolean h2Decrypts(Path data, char[] filePassword) throws Exception {
        Path copy = Files.createTempDirectory(dir, "copy");
        Files.copy(data.resolve("samspill.mv.db"), copy.resolve("samspill.mv.db"));
        try {
            ChangeFileEncryption.execute(copy.toString(), "samspill", "AES", filePassword, null, true);
        } catch (SQLException e) {
            return false;
        }
        String plain = new String(Files.readAllBytes(copy.resolve("samspill.mv.db")), StandardCharsets.ISO_8859_1);
        assertTrue(plain.contains("CANDIDATE"), "a decrypted file shows its tables");
        return true;
    }

    private static List<String> demoNames(Database db) {
        return db.dsl().select(Tables.CANDIDATE.FULL_NAME).from(Tables.CANDIDATE).fetch().getValues(0, String.class);
    }

    @Test
    void noWordOfThePasswordOpensTheFileOnlyTheDerivedKeyDoes() throws Exception {
        Path data = dir.resolve("data");
        List<String> names;
        try (Database db = Database.open(data, PASSPHRASE.toCharArray())) {
            fillDemo(db);
            names = demoNames(db);
        }
        for (String guess : GUESSES) {
            assertFalse(h2Decrypts(data, guess.toCharArray()), "H2's own tool opens the file with \"" + guess + "\"");
        }
        String bytes = new String(Files.readAllBytes(data.resolve("samspill.mv.db")), StandardCharsets.ISO_8859_1);
        String utf8 = new String(Files.readAllBytes(data.resolve("samspill.mv.db")), StandardCharsets.UTF_8);
        for (String name : names) {
            assertFalse(bytes.contains(name) || utf8.contains(name), "like strings: a name is readable");
        }
        try (DataKey key = DataKey.stored(data, DataKey.FILE, PASSPHRASE.toCharArray())) {
            assertTrue(h2Decrypts(data, key.h2Password()), "the derived key is what opens the file");
        }
        assertThrows(Database.WrongPasswordException.class, () -> Database.open(data, "fjordvik".toCharArray()),
                "the first word of a passphrase is not enough");
    }

    @Test
    void aBackupOpensWithThePasswordThroughTheKeyAndWithNoWordOfIt() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        List<String> names;
        try (Database db = Database.open(data, PASSPHRASE.toCharArray())) {
            fillDemo(db);
            names = demoNames(db);
            backup = Backups.automatic(db, data, LocalDateTime.of(2026, 11, 23, 12, 0));
        }
        String text = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("SAMSPILL-BACKUP-2 "), "the header carries the salt, not a secret");
        names.forEach(n -> assertFalse(text.contains(n), "a name is readable in the backup"));
        assertEquals(20, BackupRestore.summary(backup, PASSPHRASE.toCharArray()).candidates());
        for (String guess : GUESSES.subList(1, GUESSES.size())) {
            assertThrows(RuntimeException.class, () -> BackupRestore.summary(backup, guess.toCharArray()), guess);
        }
        // H2's RUNSCRIPT on the script behind the header, given the password itself, fails too.
        byte[] all = Files.readAllBytes(backup);
        int start = text.indexOf('\n') + 1;
        Path script = dir.resolve("script.bin");
        Files.write(script, Arrays.copyOfRange(all, start, all.length));
        for (String guess : GUESSES) {
            try (var c = DriverManager.getConnection("jdbc:h2:mem:guess" + guess.hashCode(), "sa", "");
                 var s = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
                s.setString(1, script.toString());
                s.setString(2, guess);
                assertThrows(SQLException.class, s::execute, guess);
            }
        }
    }

    @Test
    void aFileFromBeforeIsReencryptedAtItsNextUnlockAfterABackup() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data);
        String url = "jdbc:h2:file:" + data.resolve(Database.FILE_NAME).toAbsolutePath() + Database.SETTINGS + ";CIPHER=AES";
        try (Database db = Database.openPool(data, url, (PASSPHRASE + " ").toCharArray())) {
            fillDemo(db);
        }
        assertTrue(h2Decrypts(data, "fjordvik".toCharArray()), "the old way: the first word alone opened the file");
        try (Database db = Database.open(data, PASSPHRASE.toCharArray())) {
            assertEquals(20, db.dsl().fetchCount(Tables.CANDIDATE));
        }
        assertTrue(DataKey.exists(data));
        assertEquals(1, Backups.list(Backups.folder(data)).size(), "a backup was made before the file was re-encrypted");
        for (String guess : GUESSES) {
            assertFalse(h2Decrypts(data, guess.toCharArray()), "after the unlock \"" + guess + "\" no longer opens it");
        }
        try (Database db = Database.open(data, PASSPHRASE.toCharArray())) {
            assertEquals(20, db.dsl().fetchCount(Tables.CANDIDATE), "and it opens again with the password");
        }
        assertTrue(KeyCheck.matches(data, PASSPHRASE.toCharArray()));
        assertFalse(KeyCheck.matches(data, "fjordvik".toCharArray()));
    }
}
