package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;

import java.util.Optional;
import no.samspill.data.schema.tables.records.AuditEntryRecord;
import org.jooq.DSLContext;

/** Walks the audit chain from the first entry and says where it breaks, if it does. */
public final class AuditVerifier {

    /** The outcome: how many entries were checked, and the id of the first one that does not fit. */
    public record Result(int checked, Optional<Long> brokenAt) {
        public boolean intact() {
            return brokenAt.isEmpty();
        }
    }

    private final DSLContext dsl;

    public AuditVerifier(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Result verify() {
        String expectedPrevious = AuditLog.GENESIS;
        int checked = 0;
        try (var rows = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetchLazy()) {
            for (AuditEntryRecord r : rows) {
                String recomputed = AuditLog.hash(r.getPreviousHash() == null ? "" : r.getPreviousHash(), r.getOccurredAt(), r.getEntity(),
                        r.getEntityId(), r.getAction(), r.getChangedFields(), r.getOsUser(), r.getDbUser());
                if (!expectedPrevious.equals(r.getPreviousHash()) || !recomputed.equals(r.getEntryHash())) {
                    return new Result(checked, Optional.of(r.getId()));
                }
                expectedPrevious = r.getEntryHash();
                checked++;
            }
        }
        return new Result(checked, Optional.empty());
    }
}
