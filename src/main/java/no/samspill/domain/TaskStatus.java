package no.samspill.domain;

/**
 * How far a shared task has come: found, discussed with the tillitsvalgte (the agreement asks for
 * that before tasks move), and in use by candidates.
 */
public enum TaskStatus {
    IDENTIFIED, DISCUSSED, IN_USE;

    /** Discussed and in-use tasks must point to the drøfting with the tillitsvalgte. */
    public boolean needsDiscussion() {
        return this != IDENTIFIED;
    }
}
