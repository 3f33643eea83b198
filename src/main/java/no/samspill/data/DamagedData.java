package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The right password did not open the data file, so the file is damaged: it is moved aside (never
 * deleted) and the newest backup that opens with the password is found, to be offered for restore.
 */
public final class DamagedData {

    /** Thrown by the opener when the file is damaged: where it went, and the backup on offer (if any). */
    public static final class DamagedException extends RuntimeException {
        private final transient Path movedTo;
        private final transient Backups.Summary newestBackup;

        public DamagedException(Path movedTo, Backups.Summary newestBackup) {
            super("The data file is damaged");
            this.movedTo = movedTo;
            this.newestBackup = newestBackup;
        }

        public Path movedTo() {
            return movedTo;
        }

        public Optional<Backups.Summary> newestBackup() {
            return Optional.ofNullable(newestBackup);
        }
    }

    private DamagedData() {
    }

    /** Moves the damaged file aside and returns what can be offered. */
    public static DamagedException setAside(Path dataDir, char[] password, LocalDateTime now) {
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        Path aside = dataDir.resolve("aside").resolve("samspill-damaged-" + DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").format(now) + ".mv.db");
        try {
            Files.createDirectories(aside.getParent());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path backup : Backups.list(Backups.folder(dataDir))) {
            try {
                return new DamagedException(aside, BackupRestore.summary(backup, password));
            } catch (RuntimeException unreadable) {
                // Try the next older one: the newest that works is the one to offer.
            }
        }
        return new DamagedException(aside, null);
    }
}
