package no.samspill.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.TimeUnit;

/**
 * Runs work on one named daemon thread, so writes reach the database in the order the user made
 * them, and delivers the outcome on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    /** Far beyond any screen's load at 100,000 candidates (about 3 s); only stuck work waits this long. */
    private static final long CLOSE_PATIENCE_SECONDS = 120;
    private final ExecutorService executor = worker("samspill-worker-");
    /** Long loads that only read, beside the database work ({@link #runReading}). */
    private final ExecutorService readers = worker("samspill-reader-");
    /** Calculations only; the second of the machine's two cores. */
    private final ExecutorService calculations = worker("samspill-calculation-");
    private final java.util.concurrent.atomic.AtomicLong screen = new java.util.concurrent.atomic.AtomicLong();

    /** Asked for when needed: the runner is made before the first window, which must not wait for logging to be configured. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskRunner.class);
    }

    private static ExecutorService worker(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        submit(executor, work, onSuccess, onError);
    }

    @Override
    public <T> void runReading(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        submit(readers, work, onSuccess, onError);
    }

    @Override
    public <T> void runApart(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        submit(calculations, work, onSuccess, onError);
    }

    private <T> void submit(ExecutorService on, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof Job.Skipped) {
                onError.accept(task.getException());
            } else if (on.isShutdown()) {
                // Closing: work cut short by the close (a long protection run) is not an error to show
                // on a window that is going away; it is logged by its kind only.
                log().info("Work ended while closing: {}", task.getException().getClass().getSimpleName());
            } else {
                onError.accept(task.getException());
            }
        });
        if (!on.isShutdown()) {
            on.execute(task);
        }
    }

    /**
     * Lets the work already asked for finish (a save the user made reaches the file) before the
     * database closes. Database work is never interrupted: an interrupt during H2's file I/O closes
     * the file's channel, and then neither the exit backup nor the close can write (seen at 100,000
     * candidates, where a screen's load outlasted the 5 s this once waited). A calculation reads and writes
     * nothing, so it is stopped at once.
     */
    @Override
    public long screen() {
        return screen.get();
    }

    @Override
    public void screenLeft() {
        screen.incrementAndGet();
    }

    @Override
    public void close() {
        // Loads not yet begun would show nothing now; the saves queued among them still run.
        screenLeft();
        calculations.shutdownNow();
        executor.shutdown();
        readers.shutdown();
        for (ExecutorService database : new ExecutorService[] {executor, readers}) {
            try {
                if (!database.awaitTermination(CLOSE_PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    // Only work that is stuck (a lock that is never released) gets here; closing must end.
                    log().warn("Database work still running after {} s at close; interrupting it", CLOSE_PATIENCE_SECONDS);
                    database.shutdownNow();
                }
            } catch (InterruptedException e) {
                database.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
