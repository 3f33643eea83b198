package no.samspill.ui.common;

/** A view that may hold unsaved work; the shell asks it before switching screens or closing. */
public interface LeaveGuard {
    boolean mayLeave();
}
