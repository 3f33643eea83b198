package no.samspill;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.samspill.data.Database;
import no.samspill.data.Repositories;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.Municipality;
import no.samspill.ui.candidates.CandidateEmploymentController;
import no.samspill.ui.candidates.CandidateEmploymentViewModel;
import no.samspill.ui.candidates.CandidateProgressController;
import no.samspill.ui.candidates.CandidateProgressViewModel;
import no.samspill.ui.candidates.CandidateTrainingController;
import no.samspill.ui.candidates.CandidateTrainingViewModel;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.evaluation.EvaluationController;
import no.samspill.ui.evaluation.EvaluationViewModel;
import no.samspill.ui.involvement.InvolvementController;
import no.samspill.ui.involvement.InvolvementViewModel;
import no.samspill.ui.mentors.MentorsController;
import no.samspill.ui.mentors.MentorsViewModel;
import no.samspill.ui.overview.OverviewController;
import no.samspill.ui.overview.OverviewViewModel;
import no.samspill.ui.training.TrainingOverviewController;
import no.samspill.ui.training.TrainingOverviewViewModel;
import no.samspill.ui.workplaces.WorkplacesController;
import no.samspill.ui.workplaces.WorkplacesViewModel;
import no.samspill.ui.candidates.CandidateFormViewModel;
import no.samspill.ui.candidates.CandidateListViewModel;
import no.samspill.ui.candidates.CandidatesController;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewLoader;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.settings.NationalIdSettingViewModel;
import no.samspill.ui.settings.SettingsController;
import no.samspill.ui.shell.AppShell;
import no.samspill.ui.shell.MainWindowController;
import no.samspill.ui.start.FirstStartController;
import no.samspill.ui.start.FirstStartViewModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.samspill.data.BackupRestore;
import no.samspill.data.Backups;
import no.samspill.ui.audit.AuditController;
import no.samspill.ui.audit.AuditViewModel;
import no.samspill.ui.common.ErrorMessages;
import no.samspill.ui.settings.BackupController;
import no.samspill.ui.settings.RetentionController;
import no.samspill.ui.settings.RetentionViewModel;

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
        c.password = password.clone();
        c.startDailyBackups();
        return c;
    }

    private char[] password;
    private ScheduledExecutorService backupTimer;

    /** A backup when the day has none yet: checked at start and every hour while the app runs. */
    private void startDailyBackups() {
        backupTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "samspill-backup");
            t.setDaemon(true);
            return t;
        });
        backupTimer.scheduleWithFixedDelay(() -> {
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
    public Path backupTo(Path target) {
        return Backups.write(database, target);
    }

    /** What a backup holds, read with the current password. Disk work. */
    public Backups.Summary backupSummary(Path backup) {
        return BackupRestore.summary(backup, password);
    }

    /**
     * Closes everything and replaces the data with the backup, keeping the current file aside. The
     * context is unusable afterwards; the app asks for the password again. Disk work.
     */
    public Path restore(Path backup) {
        char[] pw = password.clone();
        close();
        return BackupRestore.restore(database.directory(), backup, pw, pw, LocalDateTime.now(clock));
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
    public ViewLoader views(I18n i18n, AppShell shell, Municipality municipality, boolean darkTheme) {
        Dialogs dialogs = new Dialogs(i18n);
        Consumer<Throwable> onError = e -> dialogs.error(null, "Background task", e);
        ViewModelContext vm = new ViewModelContext(tasks, clock,
                municipality == null ? ViewModelContext.NO_MUNICIPALITY : municipality.id(), onError);
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        ViewLoader[] self = new ViewLoader[1];
        Object[] main = new Object[1];
        controllers.put(FirstStartController.class, () -> new FirstStartController(
                new FirstStartViewModel(data.municipalities(), data.demo(), data.settings(), vm), i18n, shell));
        controllers.put(SettingsController.class, () -> new SettingsController(i18n, shell, darkTheme, dataDirectory(),
                municipality == null ? null : new NationalIdSettingViewModel(data.municipalities(), data.lookups(), vm),
                dialogs));
        if (municipality != null) {
            long mid = municipality.id();
            Navigator navigator = (id, tab) -> ((MainWindowController) main[0]).openCandidate(id, tab);
            controllers.put(MainWindowController.class, () -> {
                main[0] = new MainWindowController(self[0], i18n, municipality, dataDirectory());
                return main[0];
            });
            // One set of detail models per candidates screen: the tab controllers are built right after it.
            CandidateDetails[] details = new CandidateDetails[1];
            controllers.put(CandidatesController.class, () -> {
                details[0] = new CandidateDetails(new CandidateProgressViewModel(data.candidates(), data.mentors(), vm),
                        new CandidateTrainingViewModel(data.training(), data.employment(), vm),
                        new CandidateEmploymentViewModel(data.employment(), data.lookups(), vm));
                CandidateFormViewModel formModel = new CandidateFormViewModel(data.candidates(), data.lookups(), vm);
                formModel.setPersonalData(data.personalData());
                return new CandidatesController(new CandidateListViewModel(data.candidates(), vm), formModel,
                        details[0].progress(), details[0].training(), details[0].employment(), i18n, dialogs);
            });
            controllers.put(CandidateProgressController.class, () -> new CandidateProgressController(details[0].progress(), i18n, dialogs));
            controllers.put(CandidateTrainingController.class, () -> new CandidateTrainingController(details[0].training(), i18n, dialogs));
            controllers.put(CandidateEmploymentController.class, () -> new CandidateEmploymentController(details[0].employment(), i18n, dialogs));
            controllers.put(OverviewController.class, () -> new OverviewController(
                    new OverviewViewModel(data.candidates(), data.training(), data.employment(), data.mentors(), data.overview(), vm), i18n, navigator));
            controllers.put(WorkplacesController.class, () -> new WorkplacesController(
                    new WorkplacesViewModel(data.workplaces(), vm), i18n, dialogs));
            controllers.put(MentorsController.class, () -> new MentorsController(
                    new MentorsViewModel(data.mentors(), data.lookups(), vm), i18n, dialogs, navigator));
            controllers.put(InvolvementController.class, () -> new InvolvementController(
                    new InvolvementViewModel(data.representatives(), data.involvement(), data.lookups(), vm), i18n, dialogs));
            controllers.put(EvaluationController.class, () -> new EvaluationController(new EvaluationViewModel(
                    data.evaluation(),
                    municipality, AppVersion.get(), i18n.language().locale().getLanguage(), vm), i18n, dialogs));
            controllers.put(AuditController.class, () -> new AuditController(
                    new AuditViewModel(data.auditEntries(), data.auditVerifier(), vm), i18n));
            controllers.put(RetentionController.class, () -> new RetentionController(
                    new RetentionViewModel(data.personalData(), data.settings(), vm), i18n, dialogs));
            controllers.put(BackupController.class, () -> new BackupController(
                    new BackupController.Actions(this::backupTo, this::backupSummary,
                            Backups.folder(dataDirectory())), tasks, i18n, dialogs, shell));
            controllers.put(TrainingOverviewController.class, () -> new TrainingOverviewController(
                    new TrainingOverviewViewModel(data.training(), vm), i18n, navigator));
        }
        self[0] = new ViewLoader(i18n, controllers);
        return self[0];
    }

    private record CandidateDetails(CandidateProgressViewModel progress, CandidateTrainingViewModel training,
                                    CandidateEmploymentViewModel employment) {
    }

    private boolean closed;

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (backupTimer != null) {
            backupTimer.shutdownNow();
        }
        if (tasks instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                ErrorMessages.log("Stopping background work", e);
            }
        }
        if (password != null) {
            try {
                Backups.automatic(database, database.directory(), LocalDateTime.now(clock));
            } catch (RuntimeException e) {
                ErrorMessages.log("Backup on exit", e);
            }
        }
        database.close();
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
