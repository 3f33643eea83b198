package no.samspill;

import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.TextSize;

/**
 * While the toolkit starts (about 150 ms in which the app's own thread only waits), reads on a thread
 * of its own what the first window will ask for: the texts and the preferences (text size and the
 * window's place). Both are cached by their libraries for any thread, so the FX thread finds them
 * ready or reads them itself. Logging's configuration is not read here: on two cores, work beside the
 * toolkit's start delays it, and nothing before the first window logs, so logging is configured after
 * the window shows ({@link Toolkit#firstWindowShown}, ADR 0032).
 */
final class EarlyStart {

    private EarlyStart() {
    }

    /** Call before the toolkit starts. */
    static void start() {
        Thread t = new Thread(EarlyStart::read, "samspill-early-start");
        t.setDaemon(true);
        t.start();
    }

    private static void read() {
        new I18n(Language.DEFAULT);
        TextSize.percent();
        WindowPlace.read();
    }
}
