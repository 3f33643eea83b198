package no.samspill.domain;

import java.util.List;

/** Thrown when a record that breaks the domain rules reaches a repository. Carries keys, never values. */
public class InvalidRecordException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRecordException(List<Violation> violations) {
        super("Record breaks " + violations.size() + " rule(s): "
                + violations.stream().map(v -> v.field() + "=" + v.messageKey()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
