package no.samspill.ui.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.domain.AuditEntry;
import no.samspill.ui.common.I18n;

/**
 * The audit log in the user's language: the kind of record, the action and the changed fields as
 * words, the record by name where it still exists, and "you" for the account running the app. The
 * log itself keeps table and field names, which the hash chain covers; only the viewer translates.
 */
final class AuditWords {

    private final I18n i18n;
    private final String currentUser;

    AuditWords(I18n i18n, String currentUser) {
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    String entity(String entity) {
        return labelOr("audit.entity." + entity, entity);
    }

    String action(String action) {
        return labelOr("audit.action." + action, action);
    }

    String fields(String changedFields) {
        if (changedFields == null || changedFields.isBlank()) {
            return "";
        }
        return Arrays.stream(changedFields.split(",")).map(String::strip).filter(f -> !f.isEmpty())
                .map(f -> labelOr("audit.field." + f, f)).distinct().collect(Collectors.joining(", "));
    }

    /** The record's name now; "(deleted)" where names are known for its kind but it is gone; else its number. */
    String record(AuditEntry e, Map<String, Map<Long, String>> names) {
        Map<Long, String> ofKind = names.get(e.entity());
        if (ofKind == null) {
            return "#" + e.entityId();
        }
        String name = ofKind.get(e.entityId());
        return name == null ? i18n.get("audit.record.gone") : name;
    }

    String user(String osUser) {
        return osUser != null && osUser.equals(currentUser) ? i18n.format("audit.user.you", osUser) : osUser;
    }

    private String labelOr(String key, String raw) {
        return i18n.bundle().containsKey(key) ? i18n.get(key) : raw;
    }
}
