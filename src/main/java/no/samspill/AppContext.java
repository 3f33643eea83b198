package no.samspill;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import no.samspill.data.Database;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerDatabase;
import no.samspill.data.ServerSnapshot;
import no.samspill.data.Repositories;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewLoader;
import no.samspill.ui.shell.AppShell;
import no.samspill.data.Backups;
import no.samspill.ui.common.ErrorMessages;

/** The composition root: the one place where objects are built and wired (no DI container). */
public final class AppContext implements AutoCloseable {

    /** What the UI needs to know before its first frame. */
    public record StartState(Language language, boolean darkTheme, Optional<Municipality> municipality) {
    }

    /** Where the data is: the file here, the municipality's server, or the read-only copy of the server's data. */
    public enum Source { FILE, SERVER, SNAPSHOT }

    private final Database database;
    private final Path dataDir;
    private final Source source;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Repositories data;
    private char[] serverPassword;

    private AppContext(Database database, Path dataDir, Source source, Clock clock, TaskRunner tasks) {
        this.database = database;
        this.dataDir = dataDir;
        this.source = source;
        this.clock = clock;
        this.tasks = tasks;
        this.data = Repositories.of(database, clock, Repositories.osUser());
    }

    /**
     * Opens the encrypted data with its password, and keeps a copy of the password for the
     * automatic backups, which are encrypted with it. Disk work: never call on the FX thread.
     */
    public static AppContext open(Path dataDir, TaskRunner tasks, char[] password) {
        AppContext c = new AppContext(Database.open(dataDir, password), dataDir, Source.FILE, Clock.systemDefaultZone(), tasks);
        c.backups = new BackupService(c.database, c.clock, password);
        c.backups.startDaily();
        return c;
    }

    /**
     * Signs in to the municipality's server (shared mode, ADR 0026). The password is kept while the
     * app runs, to encrypt the laptop's read-only copy of the data, which is written on exit. Network work.
     */
    public static AppContext openServer(Path dataDir, ServerAddress address, TaskRunner tasks, char[] password) {
        AppContext c = new AppContext(ServerDatabase.open(address, password, dataDir), dataDir, Source.SERVER, Clock.systemDefaultZone(), tasks);
        c.serverPassword = password.clone();
        return c;
    }

    /** The last copy of the server's data, read-only, for when the server does not answer. Disk work. */
    public static AppContext openSnapshot(Path dataDir, TaskRunner tasks, char[] password) {
        return new AppContext(ServerSnapshot.openReadOnly(dataDir, password), dataDir, Source.SNAPSHOT, Clock.systemDefaultZone(), tasks);
    }

    public Source source() {
        return source;
    }

    /** The data is the file on this laptop, with its backups and password. */
    public boolean onFile() {
        return source == Source.FILE;
    }

    private BackupService backups;

    /** A backup to a file the user chose, for example on a USB stick. Disk work. */
    public Path backupTo(Path target) {
        return backups.backupTo(target);
    }

    /** What a backup holds, read with the current password. Disk work. */
    public Backups.Summary backupSummary(Path backup) {
        return backups.summary(backup);
    }

    /**
     * Closes everything and replaces the data with the backup, keeping the current file aside. The
     * context is unusable afterwards; the app asks for the password again. Disk work.
     */
    public Path restore(Path backup) {
        shutDown();
        try {
            return backups.restoreInto(backup);
        } finally {
            backups.wipe();
        }
    }

    /** Reads the settings and the municipality last used. Database work: never on the FX thread. */
    public StartState startState() {
        Language language = data.settings().get(SettingsRepository.LANGUAGE).map(Language::fromCode).orElse(Language.DEFAULT);
        boolean dark = data.settings().get(SettingsRepository.THEME).map("dark"::equals).orElse(false);
        Optional<Municipality> current = data.settings().get(SettingsRepository.CURRENT_MUNICIPALITY)
                .flatMap(id -> data.municipalities().find(Long.parseLong(id)))
                .or(() -> data.municipalities().findAll().stream().findFirst());
        return new StartState(language, dark, current);
    }

    /** Creates the demo municipality and makes it the current one. Database work. */
    public Municipality createDemo(String name) {
        Municipality m = data.demo().create(name);
        data.settings().put(SettingsRepository.CURRENT_MUNICIPALITY, Long.toString(m.id()));
        return m;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public void saveSetting(String key, String value) {
        tasks.action(() -> data.settings().put(key, value)).onError(error -> ErrorMessages.log("Saving a setting", error)).start();
    }

    /** The views of one window, with their controllers wired to this context. */
    public ViewLoader views(I18n i18n, AppShell shell, Municipality municipality) {
        return new WindowScope(this, i18n, shell, municipality).views();
    }

    Repositories data() {
        return data;
    }

    Clock clock() {
        return clock;
    }

    private boolean closed;

    @Override
    public void close() {
        shutDown();
        if (backups != null) {
            backups.wipe();
        }
    }

    /** Stops the backups and the background work, takes the exit backup, and closes the database. */
    private void shutDown() {
        if (closed) {
            return;
        }
        closed = true;
        if (backups != null) {
            backups.stopDaily();
        }
        if (tasks instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                ErrorMessages.log("Stopping background work", e);
            }
        }
        if (backups != null) {
            backups.backupOnExit();
        }
        if (serverPassword != null) {
            try {
                ServerSnapshot.write(database, dataDir, serverPassword);
            } catch (RuntimeException e) {
                ErrorMessages.log("Writing the copy of the server's data", e);
            } finally {
                java.util.Arrays.fill(serverPassword, '\0');
            }
        }
        database.close();
    }
}
