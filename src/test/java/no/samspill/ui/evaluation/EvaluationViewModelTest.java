package no.samspill.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the preview is read and computed, the screen can say which of the two it is waiting for; afterwards it says nothing. */
class EvaluationViewModelTest {

    @TempDir Path dir;

    @Test
    void thePreviewSaysWhatItIsWaitingFor() {
        TestDatabase db = new TestDatabase(dir);
        try {
            Municipality demo = db.demo.create("Fjordvik");
            Deque<Runnable> held = new ArrayDeque<>();
            TaskRunner later = new TaskRunner() {
                @Override
                public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
                    held.add(() -> TaskRunner.synchronous().run(work, onSuccess, onError));
                }
            };
            var model = new EvaluationViewModel(db.repositories.evaluation(), demo, "test", "nb",
                    new ViewModelContext(later, TestDatabase.CLOCK, demo.id(), e -> fail(e)));
            model.load();
            assertEquals("evaluation.working.reading", model.workingProperty().get());
            held.poll().run();
            assertEquals("evaluation.working.computing", model.workingProperty().get());
            assertNull(model.previewProperty().get());
            while (!held.isEmpty()) {
                held.poll().run();
            }
            assertNull(model.workingProperty().get());
            assertNotNull(model.previewProperty().get());
        } finally {
            db.database.close();
        }
    }
}
