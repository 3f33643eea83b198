package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JobTest {

    /** Holds each piece of work until the test delivers it, in any order it likes. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
            pending.add(() -> TaskRunner.synchronous().run(work, onSuccess, onError));
        }
    }

    @Test
    void everyAnswerArrivesInTheOrderDelivered() {
        HeldRunner runner = new HeldRunner();
        List<String> shown = new ArrayList<>();
        runner.task(() -> "first").onSuccess(shown::add).start();
        runner.task(() -> "second").onSuccess(shown::add).start();
        runner.pending.get(1).run();
        runner.pending.get(0).run();
        assertEquals(List.of("second", "first"), shown);
    }

    @Test
    void finallyRunsAfterTheErrorHandlerAndTheContextHandlerIsTheDefault() {
        List<String> seen = new ArrayList<>();
        ViewModelContext context = new ViewModelContext(TaskRunner.synchronous(), Clock.systemUTC(), 1,
                e -> seen.add("context:" + e.getMessage()));
        context.action(() -> {
            throw new IllegalStateException("disk full");
        }).andFinally(() -> seen.add("finally")).start();
        context.action(() -> {
            throw new IllegalStateException("locked");
        }).onError(e -> seen.add("own:" + e.getMessage())).start();
        context.action(() -> seen.add("ran")).onSuccess(v -> seen.add("success")).start();
        assertEquals(List.of("context:disk full", "finally", "own:locked", "ran", "success"), seen);
    }
}
