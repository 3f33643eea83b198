package no.samspill.data;

import static no.samspill.data.schema.Tables.APP_SETTING;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/** Application settings as key/value pairs (language, theme, the municipality last opened). */
public final class SettingsRepository {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String CURRENT_MUNICIPALITY = "municipality.current";

    private final DSLContext dsl;
    private final Clock clock;

    public SettingsRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(cfg -> cfg.dsl().mergeInto(APP_SETTING)
                .using(cfg.dsl().selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value).set(APP_SETTING.UPDATED_AT, now)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE)
                .values(key, value)
                .execute());
    }
}
