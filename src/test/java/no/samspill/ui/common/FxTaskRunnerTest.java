package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.data.Backups;
import no.samspill.data.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /**
     * Closing while a save is still writing: the old close interrupted it after 5 s, and an interrupt
     * during H2's file I/O closes the file, so the exit backup failed. Now the work runs to its end
     * uninterrupted and the file still writes and backs up afterwards.
     */
    @Test
    void closingLetsDatabaseWorkEndUninterruptedAndTheFileStaysWritable(@TempDir Path dir) throws Exception {
        Database database = Database.open(dir, "Lukke-Mens-Lagrer-1".toCharArray());
        try {
            database.dsl().execute("CREATE TABLE close_probe (n INT)");
            FxTaskRunner runner = new FxTaskRunner();
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            runner.action(() -> {
                started.countDown();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(7);
                while (System.nanoTime() < until) {
                    database.dsl().execute("INSERT INTO close_probe VALUES (" + writes.incrementAndGet() + ")");
                    interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
                }
            }).start();
            assertTrue(started.await(5, TimeUnit.SECONDS));
            runner.close();
            assertFalse(interrupted.get(), "the database work was interrupted");
            assertEquals(writes.get(), database.dsl().fetchCount(org.jooq.impl.DSL.table("close_probe")), "every write landed");
            Path backup = Backups.automatic(database, dir, LocalDateTime.now());
            assertTrue(Files.size(backup) > 0, "the exit backup was written");
        } finally {
            database.close();
        }
    }
}
