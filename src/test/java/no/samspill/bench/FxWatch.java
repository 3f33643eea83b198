package no.samspill.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The longest time the FX thread was blocked: every 5 ms a task is posted to the FX thread, and the
 * time until it runs is how long the thread was busy with something else (work, layout, a pulse).
 * A block that is still going on when the watch stops counts too; starting and closing, with no window
 * on the screen, are listed apart.
 */
final class FxWatch implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile String during = "";
    private final java.util.Map<String, Long> perPhase = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * With -Dbench.fxStacks=true, what the FX thread was doing during each block over 100 ms (or
     * -Dbench.fxStacksOverMs) is printed: its stack every 10 ms.
     */
    private final boolean stacks = Boolean.getBoolean("bench.fxStacks");
    private final long stacksOverNanos = Long.getLong("bench.fxStacksOverMs", 100) * 1_000_000L;
    private volatile Thread fx;

    FxWatch() {
        thread = new Thread(this::watch, "fx-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Names what the benchmark is doing, so the longest block says when it happened. */
    void during(String what) {
        during = what;
    }

    private void watch() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            String now = during;
            Platform.runLater(() -> {
                fx = Thread.currentThread();
                ran.countDown();
            });
            try {
                java.util.List<StackTraceElement[]> seen = new java.util.ArrayList<>();
                while (!ran.await(stacks ? 10 : 50, TimeUnit.MILLISECONDS) && running) {
                    // keep waiting; the block is measured when the task runs
                    if (stacks && fx != null) {
                        seen.add(fx.getStackTrace());
                        if (now.startsWith("closing")) {
                            FxStacks.workers(now);
                        }
                    }
                }
                long waited = System.nanoTime() - posted;
                if (stacks && waited > stacksOverNanos) {
                    FxStacks.print(now, waited / 1e6, seen);
                }
                perPhase.merge(now, waited, Math::max);
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double longestMs() {
        return longestWhileShown().map(e -> e.getValue() / 1e6).orElse(0.0);
    }

    String longestDuring() {
        return longestWhileShown().map(java.util.Map.Entry::getKey).orElse("");
    }

    /**
     * The phase with the longest block while a window shows: starting builds the first window before it
     * is on the screen, and closing runs after the last one is hidden (stop()), so nobody sees those.
     */
    private java.util.Optional<java.util.Map.Entry<String, Long>> longestWhileShown() {
        return perPhase.entrySet().stream().filter(e -> !e.getKey().startsWith("closing") && !e.getKey().startsWith("starting"))
                .max(java.util.Map.Entry.comparingByValue());
    }

    /** The longest block in each phase, in ms, longest first. */
    String phases() {
        return perPhase.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(java.util.Locale.ROOT, "%s %,.0f ms", e.getKey(), e.getValue() / 1e6))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(2000);
    }
}
