package no.samspill.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way database or disk work runs: off the FX thread, with the result or the error handed
 * back on it. Tests use {@link #synchronous()} so they are deterministic.
 */
public interface TaskRunner {

    /** The primitive the fluent {@link Job} is built on; callers use {@link #task} or {@link #action}. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /**
     * A calculation over data already read (the evaluation's protection run), which touches neither
     * the database nor the disk: it may run beside the database work, so that a long one does not hold
     * back another screen's loading. By default it runs as any other work.
     */
    default <T> void runApart(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        run(work, onSuccess, onError);
    }

    /**
     * A long load that only reads (Oversikt at 100,000 candidates, about 5 s), on a reader of its own
     * beside the database work, so that a screen opened meanwhile loads at once instead of queueing
     * behind it. Only for a screen that saves nothing, so no write of its own can overtake it. By
     * default it runs as any other work.
     */
    default <T> void runReading(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        run(work, onSuccess, onError);
    }

    /**
     * Which screen is shown, as a number that grows each time one is left ({@link #screenLeft}); a
     * {@link Job#load() load} asked for under one number is skipped if its turn comes under another.
     */
    default long screen() {
        return 0;
    }

    /**
     * The screen shown is left (another opens, or the app closes): its loads that have not begun are
     * skipped. Screens are built anew each time they open, so nobody waits for what a load would show.
     */
    default void screenLeft() {
    }

    /** Background work with a result, described fluently and then started. */
    default <T> Job<T> task(Callable<T> work) {
        return new Job<>(this, work);
    }

    /** Background work without a result. */
    default Job<Void> action(Job.Action work) {
        return task(() -> {
            work.run();
            return null;
        });
    }

    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
