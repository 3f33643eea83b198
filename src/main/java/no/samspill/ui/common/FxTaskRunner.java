package no.samspill.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work on one named daemon thread, so writes reach the database in the order the user made
 * them, and delivers the outcome on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "samspill-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
