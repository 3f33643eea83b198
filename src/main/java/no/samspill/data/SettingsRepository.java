package no.samspill.data;

import static no.samspill.data.schema.Tables.APP_SETTING;

import java.util.Optional;
import no.samspill.data.schema.tables.records.AppSettingRecord;
import org.jooq.DSLContext;

/** Application settings as key/value pairs (language, theme, the municipality last opened). */
public final class SettingsRepository {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String CURRENT_MUNICIPALITY = "municipality.current";
    /** The national secretariat's public key block, or empty: exports then carry no companion (ADR 0021). */
    public static final String SECRETARIAT_KEY = "national.secretariatKey";

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.transaction(cfg -> {
            AppSettingRecord r = cfg.dsl().selectFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).forUpdate()
                    .fetchOptional().orElseGet(() -> cfg.dsl().newRecord(APP_SETTING));
            r.setSettingKey(key);
            r.setSettingValue(value);
            r.store();
        });
    }
}
