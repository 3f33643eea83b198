package no.samspill.data;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.RecordContext;
import org.jooq.RecordListener;

/**
 * Stamps {@code updated_at} with the app's clock on every record update, so that no repository
 * sets it by hand and tests with a fixed clock see fixed times. Statements built with
 * {@code update(...)} do not pass here; the repositories update through records.
 */
final class UpdatedAtStamp implements RecordListener {

    static final String COLUMN = "UPDATED_AT";

    private final Clock clock;

    UpdatedAtStamp(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void updateStart(RecordContext ctx) {
        Field<?> field = ctx.record().field(COLUMN);
        if (field != null && field.getType() == OffsetDateTime.class) {
            @SuppressWarnings("unchecked")
            Field<OffsetDateTime> stamp = (Field<OffsetDateTime>) field;
            ctx.record().set(stamp, OffsetDateTime.now(clock));
        }
    }
}
