package no.samspill;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import no.samspill.data.Database;
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

    private final Database database;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Repositories data;

    private AppContext(Database database, Clock clock, TaskRunner tasks) {
        this.database = database;
        this.clock = clock;
        this.tasks = tasks;
        this.data = Repositories.of(database, clock, Repositories.osUser());
    }

    /**
     * Opens the encrypted data with its password, and keeps a copy of the password for the
     * automatic backups, which are encrypted with it. Disk work: never call on the FX thread.
     */
    public static AppContext open(Path dataDir, TaskRunner tasks, char[] password) {
        AppContext c = new AppContext(Database.open(dataDir, password), Clock.systemDefaultZone(), tasks);
        c.backups = new BackupService(c.database, c.clock, password);
        c.backups.startDaily();
        return c;
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
        return database.directory();
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
        database.close();
    }
}
