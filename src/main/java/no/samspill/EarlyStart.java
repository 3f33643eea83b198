package no.samspill;

import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.TextSize;
import org.slf4j.LoggerFactory;

/**
 * While the toolkit starts (about 150 ms in which the app's own thread only waits), reads on a thread
 * of its own what the first window will ask for: the texts, the preferences (text size and the window's
 * place) and the logging configuration. Logback's, read from its XML, takes about 90 ms even with the
 * AOT cache, and nothing on the way to the first window logs, so the window does not wait for it; the
 * first line logged after the window waits, if it must, for the configuration to end. All three are
 * cached by their libraries for any thread, so the FX thread finds them ready or reads them itself.
 */
final class EarlyStart {

    private EarlyStart() {
    }

    /** Call once the log folder's system property is set, before the toolkit starts. */
    static void start() {
        Thread t = new Thread(EarlyStart::read, "samspill-early-start");
        t.setDaemon(true);
        t.start();
    }

    private static void read() {
        new I18n(Language.DEFAULT);
        TextSize.percent();
        WindowPlace.read();
        LoggerFactory.getILoggerFactory();
    }
}
