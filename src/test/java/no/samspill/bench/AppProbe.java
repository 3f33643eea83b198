package no.samspill.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import no.samspill.SamspillApp;
import no.samspill.ui.shell.Section;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real app in this JVM on a data folder, with no robot: Enter on the password to the
 * first laid-out frame of the main window; the candidate list loaded, then the heap after a full
 * collection; each keystroke in the list's search field (a character put into the field on the FX
 * thread, as typing does) to the first laid-out frame with the new rows; every screen opened once.
 * An {@link FxWatch} runs throughout.
 */
final class AppProbe {

    /** {@code unchangedKeys}: keystrokes after which neither the rows nor the count changed, so there was nothing to time. */
    record Result(double[] unlockMs, double listOpenMs, double[] keystrokeMs, int unchangedKeys, double heapAfterListMb, int listRows,
                  double fxBlockMs, String fxBlockDuring, String fxPhases) {
    }

    private AppProbe() {
    }

    static Result run(Path dataDir, char[] password, int starts, String typing) throws Exception {
        FxToolkit.registerPrimaryStage();
        double[] unlock = new double[starts];
        try (FxWatch watch = new FxWatch()) {
            Application app = null;
            for (int i = 0; i < starts; i++) {
                if (app != null) {
                    watch.during("closing the app");
                    FxToolkit.cleanupApplication(app);
                }
                watch.during("starting the app");
                app = FxToolkit.setupApplication(SamspillApp.class, "--data-dir=" + dataDir);
                watch.during("unlocking");
                unlock[i] = unlock(password);
            }
            watch.during("loading the candidate list");
            long opening = System.nanoTime();
            TableView<?> table = openCandidates();
            double listOpen = (System.nanoTime() - opening) / 1e6 - SETTLE_MS;
            int rows = table.getItems().size();
            // The search is timed on its own, after the loads the unlock started (Oversikt's, read apart) have ended.
            awaitIdleWorkers();
            double heap = heapAfterCollection();
            watch.during("typing in the search field");
            List<Double> typed = type(table, typing);
            double[] keys = typed.stream().filter(d -> !d.isNaN()).mapToDouble(Double::doubleValue).toArray();
            openRecord(watch, table);
            for (Section s : Section.values()) {
                watch.during("opening " + s.name().toLowerCase(Locale.ROOT));
                fire(lookup("#nav-" + s.name().toLowerCase(Locale.ROOT)));
                WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            }
            watch.during("closing the app");
            FxToolkit.cleanupApplication(app);
            watch.close();
            return new Result(unlock, listOpen, keys, typed.size() - keys.length, heap, rows, watch.longestMs(), watch.longestDuring(), watch.phases());
        }
    }

    private static double unlock(char[] password) throws Exception {
        PasswordField field = await(() -> (PasswordField) lookup("#passwordField"));
        // A person takes this long at least to type a password; the app warms up meanwhile (Warmup).
        WaitForAsyncUtils.sleep(TYPING_MS, TimeUnit.MILLISECONDS);
        ButtonBase button = (ButtonBase) lookup("#unlockButton");
        Scene scene = field.getScene();
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong at = new AtomicLong();
        Runnable pulse = () -> {
            if (shown.getCount() > 0 && scene.lookup("#nav-overview") != null) {
                at.set(System.nanoTime());
                shown.countDown();
            }
        };
        AtomicLong start = new AtomicLong();
        WaitForAsyncUtils.asyncFx(() -> {
            scene.addPostLayoutPulseListener(pulse);
            field.setText(new String(password));
            start.set(System.nanoTime());
            button.fire();
        }).get();
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the main window did not show within 60 s of the password");
        }
        WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(pulse)).get();
        return (at.get() - start.get()) / 1e6;
    }

    /** Opens Kandidater right after the unlock, as a coordinator going straight to a person would; returns when its rows show. */
    private static TableView<?> openCandidates() throws Exception {
        fire(await(() -> lookup("#nav-candidates")));
        TableView<?> table = await(() -> lookup("#table") instanceof TableView<?> t && !t.getItems().isEmpty() ? t : null);
        WaitForAsyncUtils.sleep(SETTLE_MS, TimeUnit.MILLISECONDS);
        return table;
    }

    private static final long SETTLE_MS = 500;
    /** From the password window on the screen to Enter: typing twelve characters or more. */
    static final long TYPING_MS = 2000;

    /**
     * Each keystroke waits for its own rows (or count) before the next. A key after which neither
     * changes within ten seconds had nothing to show; it is NaN and left out of the figures.
     */
    private static List<Double> type(TableView<?> table, String typing) throws Exception {
        TextField field = (TextField) lookup("#searchField");
        javafx.scene.control.Label count = (javafx.scene.control.Label) lookup("#countLabel");
        Scene scene = field.getScene();
        AtomicBoolean changed = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        CountDownLatch[] latch = {new CountDownLatch(1)};
        ListChangeListener<Object> items = c -> changed.set(true);
        javafx.beans.value.ChangeListener<String> counted = (obs, old, now) -> changed.set(true);
        Runnable pulse = () -> {
            if (changed.getAndSet(false)) {
                done.set(System.nanoTime());
                latch[0].countDown();
            }
        };
        @SuppressWarnings("unchecked")
        javafx.collections.ObservableList<Object> list = (javafx.collections.ObservableList<Object>) table.getItems();
        WaitForAsyncUtils.asyncFx(() -> {
            list.addListener(items);
            count.textProperty().addListener(counted);
            scene.addPostLayoutPulseListener(pulse);
        }).get();
        List<Double> out = new ArrayList<>();
        for (char c : typing.toCharArray()) {
            latch[0] = new CountDownLatch(1);
            AtomicLong start = new AtomicLong();
            WaitForAsyncUtils.asyncFx(() -> {
                start.set(System.nanoTime());
                if (c == '\b') {
                    field.deletePreviousChar();
                } else {
                    field.appendText(String.valueOf(c));
                }
            }).get();
            out.add(latch[0].await(10, TimeUnit.SECONDS) ? (done.get() - start.get()) / 1e6 : Double.NaN);
        }
        WaitForAsyncUtils.asyncFx(() -> {
            list.removeListener(items);
            count.textProperty().removeListener(counted);
            scene.removePostLayoutPulseListener(pulse);
        }).get();
        return out;
    }

    /** Picks the first candidate in the list, then opens each tab of the record, as a user looking someone up would. */
    private static void openRecord(FxWatch watch, TableView<?> table) throws Exception {
        watch.during("opening a candidate");
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) lookup("#detailTabs");
        for (int i = 1; i < tabs.getTabs().size(); i++) {
            int tab = i;
            watch.during("opening the record's tab " + (tab + 1));
            WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tab)).get();
            WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(0)).get();
    }

    /** Waits until the app's database threads have been parked, waiting for work, for 200 ms on end. */
    private static void awaitIdleWorkers() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int quiet = 0;
        while (quiet < 10 && System.nanoTime() < until) {
            boolean busy = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("samspill-worker-") || t.getName().startsWith("samspill-reader-"))
                    .anyMatch(t -> t.getState() == Thread.State.RUNNABLE);
            quiet = busy ? 0 : quiet + 1;
            Thread.sleep(20);
        }
    }

    private static double heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    private static void fire(Node node) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((ButtonBase) node).fire()).get();
    }

    /** The first node with this selector on a showing window, looked up on the FX thread; null if none. */
    private static Node lookup(String selector) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .map(w -> w.getScene() == null ? null : w.getScene().lookup(selector))
                    .filter(n -> n != null).findFirst().orElse(null)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Supplier<T> found) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            T t = found.get();
            if (t != null) {
                return t;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not found within 60 s");
    }
}
