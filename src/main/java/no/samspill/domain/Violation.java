package no.samspill.domain;

/** A broken rule on one field, named by the i18n key of the message the user sees. */
public record Violation(String field, String messageKey) {
}
