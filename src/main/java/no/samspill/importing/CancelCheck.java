package no.samspill.importing;

import java.util.concurrent.CancellationException;

/** Asked between rows, so that a long read stops when the user cancels. */
@FunctionalInterface
public interface CancelCheck {

    CancelCheck NEVER = () -> false;

    boolean cancelled();

    default void check() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
