package no.samspill;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import no.samspill.data.BackupRestore;
import no.samspill.data.Backups;
import no.samspill.data.DamagedData;
import no.samspill.data.DataDirectory;
import no.samspill.data.Database;
import no.samspill.data.KeyCheck;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.BusyScreen;
import no.samspill.ui.common.FxTaskRunner;
import no.samspill.ui.common.Job;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.TextSize;
import no.samspill.ui.common.View;
import no.samspill.ui.common.ViewLoader;
import no.samspill.ui.password.PasswordController;
import no.samspill.ui.password.PasswordViewModel;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerChoice;
import no.samspill.ui.shell.AppShell;
import no.samspill.ui.shell.MainWindowController;
import no.samspill.ui.shell.Section;

/** The JavaFX application: opens the data in init() (off the FX thread), then shows the window. */
public final class SamspillApp extends Application implements AppShell {

    private AppContext context;
    private AppContext.StartState startState;
    private Throwable startupFailure;
    private AppWindow window;
    private I18n i18n;
    private boolean darkTheme;
    private Municipality municipality;
    private MainWindowController mainWindow;

    private LaunchOptions options;
    private Path dataDir;
    private Database.FileState fileState;
    private FxTaskRunner tasks = new FxTaskRunner();
    private DataOpener opener;
    private Optional<ServerAddress> server = Optional.empty();
    private boolean replacingData;

    /** Nothing is opened before the password: only where the data is and whether it exists. */
    @Override
    public void init() {
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
            opener = new DataOpener(options.demoIfEmpty());
            dataDir = DataDirectory.forThisMachine(options.dataDir());
            fileState = Database.state(dataDir);
            server = ServerChoice.read(dataDir);
        } catch (RuntimeException e) {
            startupFailure = e;
        }
    }

    @Override
    public void restore(Path backup) {
        closeDataThen(() -> context.restore(backup), "data.busy.restore", "password.notice.restored");
    }

    @Override
    public void changePassword(char[] current, char[] next, Runnable onWrong) {
        // The key check derives a key (a fraction of a second) and reads a file: not on the FX thread.
        tasks.task(() -> KeyCheck.matches(dataDir, current)).onSuccess(right -> {
            if (right) {
                reencrypt(current, next);
            } else {
                Arrays.fill(current, '\0');
                Arrays.fill(next, '\0');
                onWrong.run();
            }
        }).onError(StartupFailure::show).start();
    }

    private void reencrypt(char[] current, char[] next) {
        closeDataThen(() -> {
            try {
                context.close();
                Database.encrypt(dataDir, current, next);
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(next, '\0');
            }
        }, "data.busy.reencrypt", "password.notice.changed");
    }

    /**
     * Runs {@code work} (which closes the data, and with it the current runner) on a fresh runner,
     * with only {@code busyKey}'s text in the window meanwhile, then goes back to the password screen
     * with {@code doneKey}'s notice; a failure is shown as at start-up.
     */
    private void closeDataThen(Job.Action work, String busyKey, String doneKey) {
        mainWindow = null;
        setRoot(BusyScreen.of(i18n.get(busyKey)));
        tasks = new FxTaskRunner();
        replacingData = true;
        tasks.action(work).andFinally(() -> replacingData = false).onSuccess(done -> {
            context = null;
            municipality = null;
            fileState = Database.FileState.ENCRYPTED;
            showPassword(doneKey);
        }).onError(StartupFailure::show).start();
    }

    /** {@code noticeKey}: what just happened to the data, said in place of the usual introduction; or null. */
    private void showPassword(String noticeKey) {
        I18n text = new I18n(Language.DEFAULT);
        var model = new PasswordViewModel<DataOpener.Opened>(DataOpener.mode(server, fileState), dataDir, tasks,
                opener.opener(server, tasks), this::opened, e -> {
                    if (e instanceof DamagedData.DamagedException damaged) {
                        offerRestore(damaged);
                    } else {
                        StartupFailure.show(e);
                    }
                });
        opener.prepare(model, server, dataDir, tasks);
        setRoot(new PasswordController(model, text, noticeKey).root());
    }

    /** The data file was damaged and has been moved aside: offer the newest backup that opens. */
    private void offerRestore(DamagedData.DamagedException damaged) {
        char[] pw = opener.takeDamagedPassword();
        Optional<Backups.Summary> chosen = DamagedFileOffer.ask(damaged);
        if (chosen.isEmpty()) {
            DataOpener.clear(pw);
            fileState = Database.FileState.NONE;
            showPassword(null);
            return;
        }
        tasks.task(() -> BackupRestore.restore(dataDir, chosen.get().file(), pw, pw, LocalDateTime.now())).onSuccess(done -> {
            fileState = Database.FileState.ENCRYPTED;
            showPassword(null);
        }).onError(StartupFailure::show).andFinally(() -> DataOpener.clear(pw)).start();
    }

    private void opened(DataOpener.Opened o) {
        context = o.context();
        startState = o.state();
        i18n = Toolkit.useLanguage(startState.language());
        applyTheme(startState.darkTheme());
        startState.municipality().ifPresentOrElse(this::showMain, this::showFirstStart);
    }

    @Override
    public void start(Stage primaryStage) {
        window = new AppWindow(primaryStage, () -> mainWindow == null || mainWindow.mayLeave());
        if (startupFailure != null) {
            StartupFailure.show(startupFailure);
            return;
        }
        applyTheme(false);
        Toolkit.prepare();
        showPassword(null);
        window.open();
        Platform.runLater(() -> Toolkit.firstWindowShown(tasks));
    }

    private void showFirstStart() {
        ViewLoader.Loaded<Object> first = context.views(i18n, this, null).load(View.FIRST_START);
        setRoot(first.root());
    }

    @Override
    public void showMain(Municipality m) {
        this.municipality = m;
        ViewLoader.Loaded<MainWindowController> main = context.views(i18n, this, m).load(View.MAIN_WINDOW);
        mainWindow = main.controller();
        setRoot(main.root());
        window.title("Samspill – " + m.displayName());
        Toolkit.mainWindowShown(tasks);
    }

    private void setRoot(Parent root) {
        window.show(root);
    }

    @Override
    public boolean darkTheme() {
        return darkTheme;
    }

    @Override
    public void applyTheme(boolean dark) {
        darkTheme = dark;
        AppWindow.theme(dark);
        if (context != null && window != null && window.isShowing()) {
            context.saveSetting(SettingsRepository.THEME, dark ? "dark" : "light");
        }
    }

    @Override
    public void changeLanguage(Language language) {
        context.saveSetting(SettingsRepository.LANGUAGE, language.name());
        i18n = Toolkit.useLanguage(language);
        reloadSettings();
    }

    /** Sizes given in pixels are grown as a screen loads, so the open screens are built again. */
    @Override
    public void changeTextSize(int percent) {
        TextSize.set(percent);
        reloadSettings();
    }

    private void reloadSettings() {
        if (municipality != null) {
            showMain(municipality);
            mainWindow.open(Section.SETTINGS);
        } else {
            showFirstStart();
        }
    }

    @Override
    public void stop() {
        // Work that replaces the data closes it itself: let it end (a new password in place) rather than close under it.
        if (context != null && !replacingData) {
            context.close();
        } else {
            tasks.close();
        }
    }
}
