package no.samspill;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.samspill.data.BackupRestore;
import no.samspill.data.Backups;
import no.samspill.data.Database;
import no.samspill.ui.common.ErrorMessages;

/**
 * The backups of open data: one a day while the app runs (checked at start and every hour), one at
 * exit, one to a file the user chooses, and reading or restoring one. Keeps a copy of the password,
 * which the backups are encrypted with, and wipes it when stopped.
 */
final class BackupService {

    private final Database database;
    private final Clock clock;
    private final char[] password;
    private ScheduledExecutorService timer;

    BackupService(Database database, Clock clock, char[] password) {
        this.database = database;
        this.clock = clock;
        this.password = password.clone();
    }

    void startDaily() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "samspill-backup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (!Backups.madeOn(database.directory(), LocalDate.now(clock))) {
                    Backups.automatic(database, database.directory(), LocalDateTime.now(clock));
                }
            } catch (RuntimeException e) {
                ErrorMessages.log("Daily backup", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    /** A backup to a file the user chose, for example on a USB stick. Disk work. */
    Path backupTo(Path target) {
        return Backups.write(database, target);
    }

    /** What a backup holds, read with the current password. Disk work. */
    Backups.Summary summary(Path backup) {
        return BackupRestore.summary(backup, password);
    }

    /** Replaces the closed data with the backup, keeping the current file aside. Disk work. */
    Path restoreInto(Path backup) {
        return BackupRestore.restore(database.directory(), backup, password, password, LocalDateTime.now(clock));
    }

    void stopDaily() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The backup on exit, after the last write and before the database closes. */
    void backupOnExit() {
        try {
            Backups.automatic(database, database.directory(), LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            ErrorMessages.log("Backup on exit", e);
        }
    }

    void wipe() {
        Arrays.fill(password, '\0');
    }
}
