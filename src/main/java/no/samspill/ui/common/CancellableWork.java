package no.samspill.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Long work the user can stop (an export, a roll-up): one run at a time, busy while it runs, and a
 * cancelled run ends without an outcome or an error. The work asks the supplier it is given whether
 * it is cancelled, and leaves nothing behind when it is.
 */
public final class CancellableWork {

    /** The work, given the question "cancelled yet?". */
    @FunctionalInterface
    public interface Work<T> {
        T call(BooleanSupplier cancelled) throws Exception;
    }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private AtomicBoolean cancel = new AtomicBoolean();

    /** Starts {@code work} unless a run is under way; false when it was not started. */
    public <T> boolean start(ViewModelContext context, Work<T> work, Consumer<? super T> onDone) {
        if (busy.get()) {
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        busy.set(true);
        context.task(() -> work.call(cancelled::get)).onSuccess(result -> {
            busy.set(false);
            onDone.accept(result);
        }).onError(error -> {
            busy.set(false);
            if (!(error instanceof CancellationException)) {
                context.onError().accept(error);
            }
        }).start();
        return true;
    }

    /** Asks the run under way to stop. */
    public void cancel() {
        cancel.set(true);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
