package no.samspill;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.LaterWarmup;
import no.samspill.ui.common.NativeDialogLanguage;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.TextSize;
import no.samspill.ui.common.Warmup;
import no.samspill.ui.common.WindowsFit;

/** What the app sets in the toolkit as a whole rather than in one screen: its language, text size and window fitting. */
final class Toolkit {

    private Toolkit() {
    }

    /** At start, before the first window (FX thread). */
    static void prepare() {
        TextSize.install();
        WindowsFit.install();
    }

    /**
     * The app's language, also as the toolkit's default locale, so that the date picker's month and
     * day names and its first day of the week follow the app rather than the computer, and as the
     * language of the system's file dialogs.
     */
    static I18n useLanguage(Language language) {
        Locale.setDefault(Locale.Category.FORMAT, language.locale());
        Locale.setDefault(Locale.Category.DISPLAY, language.locale());
        NativeDialogLanguage.use(language);
        return new I18n(language);
    }

    /**
     * Right after the first window has shown (FX thread, one event after it, as the bare window of the
     * start-up benchmark is measured): the JVM's uptime is the start-up figure. Logging is configured
     * only now, off the FX thread (about 60 ms of logback reading its configuration, which nothing
     * before the window needs: nothing on the way to it logs), and the figure is then logged for the
     * installer check and the benchmark (no personal data). A training start for the JDK's AOT cache
     * then ends by itself, since the cache is written at an orderly exit, with logging's classes in
     * it; otherwise the system's file dialogs get the password window's language (about 20 ms of
     * native binding, which no dialog needs sooner) and the warm-up starts.
     */
    static void firstWindowShown(TaskRunner tasks) {
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        tasks.task(org.slf4j.LoggerFactory::getILoggerFactory).apart().onSuccess(configured -> {
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SamspillApp.class);
            log.info("First window shown: password, {} ms after the JVM started", uptime);
            if (Boolean.getBoolean("samspill.trainingRun")) {
                javafx.application.Platform.exit();
                return;
            }
            NativeDialogLanguage.use(Language.DEFAULT);
            // While the user types the password, the screens' controls and classes are readied off the FX thread.
            tasks.task(Warmup::run).apart().onSuccess(done -> log.debug("Warmed up while the password waits: {} screen classes, {} screens' FXML, styled {}",
                    done.classes(), done.views(), done.styled())).start();
        }).start();
    }

    private static final AtomicBoolean WARMED_LATER = new AtomicBoolean();

    /**
     * When a main window has shown: the screens not yet warmed are readied off the FX thread, once a
     * process, since what that readies (classes, compiled code) lasts as long as the process.
     */
    static void mainWindowShown(TaskRunner tasks) {
        if (WARMED_LATER.compareAndSet(false, true)) {
            LaterWarmup.start(tasks, built -> org.slf4j.LoggerFactory.getLogger(SamspillApp.class)
                    .debug("Warmed up after the main window showed: {} screens and parts", built));
        }
    }
}
