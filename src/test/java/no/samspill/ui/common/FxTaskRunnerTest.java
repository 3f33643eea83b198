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

    /**
     * A long read apart (Oversikt at 100,000 candidates) lets another screen's load run at once, and
     * closing waits for the read to end without interrupting it, as for any database work.
     */
    @Test
    void aLongReadApartDoesNotHoldBackOtherLoadsAndClosingWaitsForIt(@TempDir Path dir) throws Exception {
        Database database = Database.open(dir, "Lese-Ved-Siden-1".toCharArray());
        try {
            database.dsl().execute("CREATE TABLE read_probe (n INT)");
            database.dsl().execute("INSERT INTO read_probe VALUES (1)");
            FxTaskRunner runner = new FxTaskRunner();
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            runner.task(() -> {
                while (release.getCount() > 0 || reads.get() < 50) {
                    reads.addAndGet(database.dsl().fetchCount(org.jooq.impl.DSL.table("read_probe")));
                    // Counted as started once it has read: the other load's own read may otherwise come first.
                    reading.countDown();
                    interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
                    Thread.sleep(1);
                }
                return reads.get();
            }).readingApart().start();
            assertTrue(reading.await(5, TimeUnit.SECONDS), "the long read started");

            CompletableFuture<Integer> load = new CompletableFuture<>();
            runner.task(() -> database.dsl().fetchCount(org.jooq.impl.DSL.table("read_probe"))).onSuccess(load::complete).start();
            assertEquals(1, load.get(5, TimeUnit.SECONDS), "another screen's load ran while the long read was going");
            assertTrue(release.getCount() > 0 && reads.get() > 0, "the long read was still going");

            new Thread(() -> {
                sleepQuietly(1500);
                release.countDown();
            }).start();
            long closing = System.nanoTime();
            runner.close();
            assertTrue(System.nanoTime() - closing > TimeUnit.MILLISECONDS.toNanos(1000), "closing waited for the read");
            assertFalse(interrupted.get(), "the read was interrupted");
            assertTrue(reads.get() >= 50);
            assertTrue(Files.size(Backups.automatic(database, dir, LocalDateTime.now())) > 0, "the file still backs up");
        } finally {
            database.close();
        }
    }

    /** Keeps the database worker busy until the returned latch is counted down, so what is asked next queues. */
    private static CountDownLatch holdTheWorker(FxTaskRunner runner) throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        runner.action(() -> {
            busy.countDown();
            release.await(30, TimeUnit.SECONDS);
        }).start();
        assertTrue(busy.await(5, TimeUnit.SECONDS), "the worker is held");
        return release;
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Loads queued for a screen that has been left are skipped, with none of their handlers called;
     * the saves queued among them, and the new screen's load, still run, in order.
     */
    @Test
    void aLeftScreensQueuedLoadsAreSkippedButItsSavesRun() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            CountDownLatch release = holdTheWorker(runner);

            StringBuilder ran = new StringBuilder();
            AtomicInteger oldHandlers = new AtomicInteger();
            runner.task(() -> ran.append("old-load ")).load().onSuccess(x -> oldHandlers.incrementAndGet())
                    .onError(e -> oldHandlers.incrementAndGet()).andFinally(oldHandlers::incrementAndGet).start();
            runner.action(() -> ran.append("save ")).start();
            runner.screenLeft();
            CompletableFuture<String> newLoad = new CompletableFuture<>();
            runner.task(() -> ran.append("new-load ").toString()).load().onSuccess(newLoad::complete).start();
            release.countDown();

            assertEquals("save new-load ", newLoad.get(5, TimeUnit.SECONDS));
            CompletableFuture<Void> handled = new CompletableFuture<>();
            javafx.application.Platform.runLater(() -> handled.complete(null));
            handled.get(5, TimeUnit.SECONDS);
            assertEquals(0, oldHandlers.get(), "the left screen's load called none of its handlers");
        }
    }

    /** A load running when its screen is left finishes, but hands its result to nobody. */
    @Test
    void aLoadThatEndsAfterItsScreenWasLeftCallsNoHandler() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean ran = new AtomicBoolean();
            AtomicInteger handlers = new AtomicInteger();
            runner.task(() -> {
                running.countDown();
                release.await(30, TimeUnit.SECONDS);
                ran.set(true);
                return 1;
            }).load().onSuccess(x -> handlers.incrementAndGet()).andFinally(handlers::incrementAndGet).start();
            assertTrue(running.await(5, TimeUnit.SECONDS));
            runner.screenLeft();
            release.countDown();
            CompletableFuture<Integer> after = new CompletableFuture<>();
            runner.task(() -> 2).onSuccess(after::complete).start();
            assertEquals(2, after.get(5, TimeUnit.SECONDS));
            CompletableFuture<Void> handled = new CompletableFuture<>();
            javafx.application.Platform.runLater(() -> handled.complete(null));
            handled.get(5, TimeUnit.SECONDS);
            assertTrue(ran.get(), "the load ran to its end");
            assertEquals(0, handlers.get(), "no handler of the left screen's load was called");
        }
    }

    /** Closing lets a queued save reach the file but does not run the loads queued beside it. */
    @Test
    void closingRunsTheQueuedSavesButNotTheQueuedLoads() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch release = holdTheWorker(runner);
        AtomicBoolean loaded = new AtomicBoolean();
        AtomicBoolean saved = new AtomicBoolean();
        runner.task(() -> {
            loaded.set(true);
            return 1;
        }).load().start();
        runner.action(() -> saved.set(true)).start();
        long before = runner.screen();
        Thread closing = new Thread(runner::close);
        closing.start();
        while (runner.screen() == before && closing.isAlive()) {
            Thread.onSpinWait();
        }
        release.countDown();
        closing.join(10_000);
        assertFalse(closing.isAlive(), "closing ended");
        assertTrue(saved.get(), "the save queued before the close ran");
        assertFalse(loaded.get(), "the load queued before the close was skipped");
    }
}
