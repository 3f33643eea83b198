package no.samspill.ui.common;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One piece of background work, described fluently and then started:
 * {@code context.task(work).onSuccess(show).onError(say).andFinally(done).start()}. The outcome is
 * handed back on the FX thread by the {@link TaskRunner}.
 */
public final class Job<T> {

    private final TaskRunner runner;
    private final Callable<T> work;
    private Consumer<? super T> success = result -> { };
    private Consumer<Throwable> error = failure -> ErrorMessages.log("Background work", failure);
    private Runnable last = () -> { };
    /** Where the work runs; one of the runner's three lanes. */
    private enum Lane { DATABASE, CALCULATION, READING }

    private Lane lane = Lane.DATABASE;
    private boolean load;

    Job(TaskRunner runner, Callable<T> work) {
        this.runner = runner;
        this.work = work;
    }

    public Job<T> onSuccess(Consumer<? super T> handler) {
        this.success = handler;
        return this;
    }

    /** Replaces the context's error handler for this job. */
    public Job<T> onError(Consumer<Throwable> handler) {
        this.error = handler;
        return this;
    }

    /** Runs after the success or the error handler, for example to clear a busy flag. */
    public Job<T> andFinally(Runnable handler) {
        this.last = handler;
        return this;
    }

    /** A calculation that reads and writes nothing; see {@link TaskRunner#runApart}. */
    public Job<T> apart() {
        this.lane = Lane.CALCULATION;
        return this;
    }

    /** A long load that only reads; see {@link TaskRunner#runReading}. */
    public Job<T> readingApart() {
        this.lane = Lane.READING;
        return this;
    }

    /**
     * A screen's load, which only reads: skipped, with none of its handlers called, if the screen has
     * been left before the load's turn comes; if it is left while the load runs, its handlers are not
     * called either (a left evaluation screen checked its narrative on the FX thread for 400 ms).
     * Clicking through screens at 100,000 candidates queued each one's load (seconds each) on the one
     * database worker, so the screen opened last waited for all the others, and closing waited 31 s
     * for loads nobody would see.
     */
    public Job<T> load() {
        this.load = true;
        return this;
    }

    public void start() {
        long askedOn = runner.screen();
        Callable<T> run = load ? unlessLeft(runner, askedOn, work) : work;
        // A load that ends after its screen was left has no one to show its result to.
        BooleanSupplier left = () -> load && runner.screen() != askedOn;
        Consumer<? super T> onSuccess = result -> {
            if (left.getAsBoolean()) {
                return;
            }
            try {
                success.accept(result);
            } finally {
                last.run();
            }
        };
        Consumer<Throwable> onFailure = failure -> {
            if (failure instanceof Skipped || left.getAsBoolean()) {
                return;
            }
            try {
                error.accept(failure);
            } finally {
                last.run();
            }
        };
        switch (lane) {
            case CALCULATION -> runner.runApart(run, onSuccess, onFailure);
            case READING -> runner.runReading(run, onSuccess, onFailure);
            case DATABASE -> runner.run(run, onSuccess, onFailure);
        }
    }

    private static <T> Callable<T> unlessLeft(TaskRunner runner, long askedOn, Callable<T> work) {
        return () -> {
            if (runner.screen() != askedOn) {
                throw new Skipped();
            }
            return work.call();
        };
    }

    /** A load whose screen was left before it began; not an error. */
    static final class Skipped extends Exception {
        Skipped() {
            super(null, null, false, false);
        }
    }

    /** Work with no result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}
