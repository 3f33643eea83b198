package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The background runner: database work keeps its order, and a long calculation does not hold it back. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    @Test
    void aLongCalculationDoesNotHoldBackDatabaseWork() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            CountDownLatch calculating = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> calculation = new CompletableFuture<>();
            runner.task(() -> {
                calculating.countDown();
                release.await(30, TimeUnit.SECONDS);
                return "calculated";
            }).apart().onSuccess(calculation::complete).start();
            assertTrue(calculating.await(5, TimeUnit.SECONDS), "the calculation started");

            CompletableFuture<String> load = new CompletableFuture<>();
            runner.task(() -> "loaded").onSuccess(load::complete).start();
            assertEquals("loaded", load.get(5, TimeUnit.SECONDS), "a screen's load ran while the calculation was still going");
            assertTrue(!calculation.isDone(), "the calculation was still going");

            release.countDown();
            assertEquals("calculated", calculation.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void databaseWorkRunsInTheOrderItWasAskedFor() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            StringBuilder order = new StringBuilder();
            CompletableFuture<String> done = new CompletableFuture<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                runner.action(() -> {
                    Thread.sleep(n % 3);
                    synchronized (order) {
                        order.append(n).append(' ');
                    }
                }).start();
            }
            runner.task(() -> order.toString()).onSuccess(done::complete).start();
            assertEquals("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 ", done.get(10, TimeUnit.SECONDS));
        }
    }
}
