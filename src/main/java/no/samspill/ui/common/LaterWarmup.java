package no.samspill.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * After the main window shows, the screens {@link Warmup} left out are built and styled once each off
 * the FX thread, one at a time with a pause between, so that a screen opened for the first time does
 * not load, link and style its kinds of controls on the FX thread then: Innstillinger, Rapportering
 * and Kandidater's other tabs each blocked it for 90–150 ms on their first opening at 100,000
 * candidates.
 */
public final class LaterWarmup {

    /** After the first screen's own loads have begun. */
    static final Duration FIRST_GAP = Duration.seconds(1);
    /** Between screens, so that work the user asks for meanwhile is not queued behind the whole warm-up. */
    static final Duration GAP = Duration.millis(250);

    private LaterWarmup() {
    }

    /** Starts the warm-up (FX thread); {@code done} hears, on the FX thread, how many files were built. */
    public static void start(TaskRunner tasks, IntConsumer done) {
        next(tasks, new ArrayDeque<>(WarmViews.later()), 0, FIRST_GAP, done);
    }

    private static void next(TaskRunner tasks, Deque<String> left, int built, Duration after, IntConsumer done) {
        String file = left.poll();
        if (file == null) {
            done.accept(built);
            return;
        }
        PauseTransition gap = new PauseTransition(after);
        gap.setOnFinished(e -> tasks.task(() -> Warmup.screen(file)).apart()
                .onSuccess(ok -> next(tasks, left, ok ? built + 1 : built, GAP, done)).start());
        gap.play();
    }
}
