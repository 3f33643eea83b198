package no.samspill.data;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Files from before the key derivation: H2 was given the password itself followed by a space, and
 * H2 took the text before the first space as the file password, so a passphrase protected the file
 * with its first word only. Such a file is re-encrypted under a derived key at its next unlock,
 * after a backup made with the new key.
 */
final class LegacyKey {

    private LegacyKey() {
    }

    /** What H2 actually encrypted an old file with: the password up to its first space. */
    static char[] filePassword(char[] password) {
        int space = 0;
        while (space < password.length && password[space] != ' ') {
            space++;
        }
        return Arrays.copyOf(password, space);
    }

    static Database migrate(Path directory, char[] password) {
        String url = Database.fileUrl(directory) + ";CIPHER=AES";
        char[] old = Arrays.copyOf(password, password.length + 1);
        old[password.length] = ' ';
        Database legacy = Database.openPool(directory, url, old);
        DataKey key = DataKey.fresh(password);
        char[] from = filePassword(password);
        char[] to = key.h2Password();
        try {
            legacy.attachKey(key);
            Backups.automatic(legacy, directory, LocalDateTime.now());
            legacy.dsl().execute("ALTER USER SAMSPILL SET PASSWORD ''");
            legacy.close();
            key.save(directory, DataKey.PENDING);
            ChangeFileEncryption.execute(directory.toAbsolutePath().toString(), Database.FILE_NAME, "AES", from, to, true);
            Database.move(directory, DataKey.PENDING, DataKey.FILE);
        } catch (SQLException e) {
            throw new IllegalStateException("The data file could not be re-encrypted under the new key", e);
        } finally {
            Arrays.fill(from, '\0');
            Arrays.fill(to, '\0');
        }
        return Database.openWith(directory, key);
    }
}
