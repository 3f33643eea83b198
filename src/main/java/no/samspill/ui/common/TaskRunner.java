package no.samspill.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way ViewModels run database or disk work: off the FX thread, with the result or the
 * error handed back on it. Tests use {@link #synchronous()} so they are deterministic.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
