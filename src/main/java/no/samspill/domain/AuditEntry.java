package no.samspill.domain;

import java.time.OffsetDateTime;

/** One line of the audit log as the viewer shows it: never a value, only which fields changed. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String entity, long entityId, String action, String changedFields,
                         String osUser) {
}
