package no.samspill.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of background work, described fluently and then started:
 * {@code context.task(work).onSuccess(show).onError(say).andFinally(done).start()}. The outcome is
 * handed back on the FX thread by the {@link TaskRunner}. With {@link #onlyLatest(Latest)}, an
 * outcome that arrives after a newer request of the same kind is dropped, handlers and all.
 */
public final class Job<T> {

    private final TaskRunner runner;
    private final Callable<T> work;
    private Consumer<? super T> success = result -> { };
    private Consumer<Throwable> error = failure -> ErrorMessages.log("Background work", failure);
    private Runnable last = () -> { };
    private Latest latest;
    private boolean apart;

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

    public Job<T> onlyLatest(Latest requests) {
        this.latest = requests;
        return this;
    }

    /** A calculation that reads and writes nothing; see {@link TaskRunner#runApart}. */
    public Job<T> apart() {
        this.apart = true;
        return this;
    }

    public void start() {
        Latest requests = latest;
        long ticket = requests == null ? 0 : requests.next();
        Consumer<? super T> onSuccess = result -> {
            if (requests == null || requests.isCurrent(ticket)) {
                try {
                    success.accept(result);
                } finally {
                    last.run();
                }
            }
        };
        Consumer<Throwable> onFailure = failure -> {
            if (requests == null || requests.isCurrent(ticket)) {
                try {
                    error.accept(failure);
                } finally {
                    last.run();
                }
            }
        };
        if (apart) {
            runner.runApart(work, onSuccess, onFailure);
        } else {
            runner.run(work, onSuccess, onFailure);
        }
    }

    /** Work with no result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /**
     * Counts the requests of one kind (the candidate list's loads, say), so that only the newest one's
     * outcome is shown. Used on the FX thread only.
     */
    public static final class Latest {
        private long current;

        long next() {
            return ++current;
        }

        boolean isCurrent(long ticket) {
            return ticket == current;
        }
    }
}
