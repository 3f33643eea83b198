package no.samspill.ui.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.common.LaterView;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.View;
import no.samspill.ui.common.ViewLoader;
import no.samspill.ui.common.ViewModelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A candidate's details built ahead, just after the list shows ({@link LaterView#prepareSoon}): built
 * once, in an event of its own, placed only when shown, and never built twice however the two meet.
 */
@ExtendWith(ApplicationExtension.class)
class PreparedDetailsTest {

    @TempDir Path dir;
    TestDatabase db;
    ViewLoader views;
    final AtomicInteger built = new AtomicInteger();
    final List<Parent> placed = new ArrayList<>();
    final SimpleBooleanProperty shown = new SimpleBooleanProperty();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        Municipality demo = db.demo.create("Fjordvik (demo)");
        I18n i18n = new I18n(Language.DEFAULT);
        CandidateFormViewModel form = new CandidateFormViewModel(db.candidates, db.lookups,
                new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, demo.id(), e -> { }));
        Supplier<?> details = () -> {
            built.incrementAndGet();
            return new CandidateDetailsController(form, i18n);
        };
        views = new ViewLoader(i18n, Map.of(CandidateDetailsController.class, details));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void preparedAhead_isBuiltInItsOwnEvent_andPlacedOnlyWhenShown() throws Exception {
        LaterView<CandidateDetailsController> later = fx(() -> new LaterView<>(views, View.CANDIDATE_DETAILS, shown, placed::add));
        fx(() -> {
            later.prepareSoon();
            assertEquals(0, built.get(), "not in the event that asked for it");
            return null;
        });
        afterSoon();
        assertEquals(1, built.get());
        assertTrue(placed.isEmpty(), "not placed before it is shown");
        fx(() -> {
            shown.set(true);
            return null;
        });
        assertEquals(1, built.get(), "the prepared part is the one shown");
        assertEquals(1, placed.size());
        fx(() -> {
            later.prepareSoon();
            return later.controller();
        });
        afterSoon();
        assertEquals(1, built.get());
        assertEquals(1, placed.size());
    }

    @Test
    void shownBeforeThePreparingEvent_isBuiltOnce() throws Exception {
        LaterView<CandidateDetailsController> later = fx(() -> new LaterView<>(views, View.CANDIDATE_DETAILS, shown, placed::add));
        fx(() -> {
            later.prepareSoon();
            shown.set(true);
            return null;
        });
        afterSoon();
        assertEquals(1, built.get());
        assertEquals(1, placed.size());
    }

    private static void afterSoon() {
        WaitForAsyncUtils.sleep((long) LaterView.SOON.toMillis() + 400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
