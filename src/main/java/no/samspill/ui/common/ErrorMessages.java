package no.samspill.ui.common;

import no.samspill.data.RecordNotFoundException;
import no.samspill.domain.InvalidRecordException;
import no.samspill.data.ServerSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.sql.SQLException;
import no.samspill.domain.RefusedException;

/**
 * Turns a failure into the i18n key of a sentence the user can act on, and logs it without
 * personal data: database messages can quote the values of a row, so only class names are logged.
 */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String keyFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && ServerSnapshot.refusedWrite(sql)) {
                return "snapshot.readOnly";
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RefusedException refused) {
                return refused.messageKey();
            }
            if (c instanceof InvalidRecordException invalid && invalid.violations().size() == 1
                    && !invalid.violations().get(0).messageKey().startsWith("validation.")) {
                return invalid.violations().get(0).messageKey();
            }
            if (c instanceof InvalidRecordException) {
                return "error.invalidRecord";
            }
            if (c instanceof RecordNotFoundException) {
                return "error.notFound";
            }
            if (c instanceof SQLException || c.getClass().getName().startsWith("org.jooq.exception")) {
                return "error.database";
            }
            if (c instanceof IOException) {
                return "error.io";
            }
        }
        return "error.unexpected";
    }

    public static void log(String context, Throwable t) {
        StringBuilder chain = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(c.getClass().getName());
            StackTraceElement[] st = c.getStackTrace();
            if (st.length > 0) {
                chain.append(" at ").append(st[0]);
            }
        }
        LOG.error("{} failed: {}", context, chain);
    }
}
