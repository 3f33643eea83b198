package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Shared mode's copy on the laptop (ADR 0026): when the app closes, what the coordinator's role sees
 * on the server is copied into an encrypted file here, under the server password. When the server
 * cannot be reached, that copy opens read-only: H2 refuses every write, so nothing is edited offline
 * and nothing ever has to be merged.
 */
public final class ServerSnapshot {

    static final String FOLDER = "snapshot";

    private ServerSnapshot() {
    }

    /** When the copy was made, if there is one. */
    public static Optional<Instant> madeAt(Path localDirectory) {
        Path file = folder(localDirectory).resolve(Database.FILE_NAME + ".mv.db");
        try {
            return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Replaces the copy with what {@code server} shows now; the old copy stays until the new one is whole. */
    public static void write(Database server, Path localDirectory, char[] password) {
        Path fresh = localDirectory.resolve(FOLDER + ".new");
        delete(fresh);
        try (Database copy = Database.open(fresh, password)) {
            TableTransfer.copy(server.dsl(), copy.dsl(), table -> { }).stream().filter(c -> !c.same()).findFirst().ifPresent(c -> {
                throw new IllegalStateException("The copy of " + c.source().table() + " differs from the server");
            });
        }
        Path current = folder(localDirectory);
        delete(current);
        try {
            Files.move(fresh, current, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(current.resolve(Database.FILE_NAME + ".mv.db"), FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the copy read-only with the server password; a wrong one is {@link Database.WrongPasswordException}. */
    public static Database openReadOnly(Path localDirectory, char[] password) {
        Path dir = folder(localDirectory);
        DataKey key = DataKey.stored(dir, DataKey.FILE, password);
        if (key == null) {
            throw new Database.WrongPasswordException();
        }
        String url = Database.fileUrl(dir) + ";CIPHER=AES;ACCESS_MODE_DATA=r";
        return Database.openPool(dir, url, Database.withUserPassword(key.h2Password()), false);
    }

    /** True when {@code error} is the read-only copy refusing a write (H2's "database is read only"). */
    public static boolean refusedWrite(java.sql.SQLException error) {
        return error.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY;
    }

    static Path folder(Path localDirectory) {
        return localDirectory.resolve(FOLDER);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
