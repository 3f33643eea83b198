package no.samspill.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import no.samspill.bench.GeneratedFacts;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.Threshold;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roll-up from the window says it is busy while it runs (the screen shows its busy sign and cancel
 * button then, and offers no second roll-up), and a cancelled one writes nothing and reports nothing:
 * no outcome and no error. The work runs on a thread of its own, held until the test lets it go.
 */
class RollUpViewModelTest {

    @TempDir Path dir;

    @Test
    void busyWhileItRunsAndACancelledRollUpWritesAndSaysNothing() throws Exception {
        List<Path> packages = packages(8);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        RollUpViewModel model = new RollUpViewModel(new ViewModelContext(held(go, ended), Clock.systemUTC(), 1, errors::add), "test");
        List<EvaluationService.RollUpOutcome> outcomes = new CopyOnWriteArrayList<>();
        Path target = dir.resolve("samlet.zip");

        model.rollUp(packages, "Samlet", Threshold.NAV, target, null, null, outcomes::add, () -> { });
        assertTrue(model.busyProperty().get(), "busy from the moment it is asked for");
        model.rollUp(packages, "Samlet", Threshold.NAV, dir.resolve("second.zip"), null, null, outcomes::add, () -> { });
        model.cancel();
        go.countDown();
        assertTrue(ended.await(30, TimeUnit.SECONDS));
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), outcomes, "a cancelled roll-up has no outcome to show");
        assertEquals(List.of(), errors, "and is not an error");
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("second.zip")), "a second roll-up asked for while one ran was not started");

        CountDownLatch again = new CountDownLatch(1);
        RollUpViewModel fresh = new RollUpViewModel(new ViewModelContext(held(new CountDownLatch(0), again), Clock.systemUTC(), 1, errors::add), "test");
        fresh.rollUp(packages, "Samlet", Threshold.NAV, target, null, null, outcomes::add, () -> { });
        assertTrue(again.await(60, TimeUnit.SECONDS));
        assertEquals(1, outcomes.size());
        assertEquals(target, outcomes.get(0).written(), "not cancelled, it is written");
        assertFalse(fresh.busyProperty().get());
    }

    private List<Path> packages(int n) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            PackageContent c = new PackageContent(String.valueOf(1100 + k), "Kommune " + k,
                    Evaluation.compute(GeneratedFacts.municipality(20 + k, 500 + k), Period.ofYear(2026), Threshold.NAV), Narrative.EMPTY, "test", "nb");
            Path file = dir.resolve(c.fileName());
            Files.write(file, EvaluationPackage.build(c));
            files.add(file);
        }
        return files;
    }

    /** Runs each piece of work on a thread of its own once {@code go} opens, and counts {@code ended} down after its handler. */
    private static TaskRunner held(CountDownLatch go, CountDownLatch ended) {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        T result = work.call();
                        onSuccess.accept(result);
                    } catch (Exception e) {
                        onError.accept(e);
                    } finally {
                        ended.countDown();
                    }
                });
                t.setDaemon(true);
                t.start();
            }
        };
    }
}
