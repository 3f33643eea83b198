package no.samspill.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What every ViewModel of one main window shares: where background work runs, the clock, the open
 * municipality (0 before one exists, on the first start), and who is told about an error nobody
 * handled. Tests give a synchronous runner and a fixed clock.
 */
public record ViewModelContext(TaskRunner tasks, Clock clock, long municipalityId, Consumer<Throwable> onError) {

    public static final long NO_MUNICIPALITY = 0;

    /** Background work with a result; errors go to the context's handler unless the job says otherwise. */
    public <T> Job<T> task(Callable<T> work) {
        return tasks.task(work).onError(onError);
    }

    /** Background work without a result. */
    public Job<Void> action(Job.Action work) {
        return tasks.action(work).onError(onError);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The same context for another municipality (after switching to the one just created). */
    public ViewModelContext forMunicipality(long id) {
        return new ViewModelContext(tasks, clock, id, onError);
    }
}
