package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;

/** Encrypting a closed file, or changing its password: a new salt, a new derived key, the file re-encrypted, the key check rewritten. */
final class FileEncryption {

    private FileEncryption() {
    }

    /**
     * Encrypts a closed plain file in place ({@code oldPassword} null), or changes the password of an
     * encrypted one: a new salt, a new derived key, the file re-encrypted, the key check rewritten.
     */
    static void change(Path directory, char[] oldPassword, char[] newPassword) {
        char[] from = null;
        if (oldPassword != null) {
            DataKey current = DataKey.stored(directory, DataKey.FILE, oldPassword);
            from = current == null ? LegacyKey.filePassword(oldPassword) : current.h2Password();
        }
        DataKey next = DataKey.fresh(newPassword);
        next.save(directory, DataKey.PENDING);
        char[] to = next.h2Password();
        try {
            ChangeFileEncryption.execute(directory.toAbsolutePath().toString(), Database.FILE_NAME, "AES", from, to, true);
            Database.move(directory, DataKey.PENDING, DataKey.FILE);
            KeyCheck.write(directory, next);
        } catch (SQLException e) {
            deletePending(directory);
            throw Database.wrongPassword(e) ? new Database.WrongPasswordException() : new IllegalStateException("Cannot change the file encryption", e);
        } finally {
            Arrays.fill(to, '\0');
            if (from != null) {
                Arrays.fill(from, '\0');
            }
            next.close();
        }
    }

    private static void deletePending(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(DataKey.PENDING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
