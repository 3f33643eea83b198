package no.samspill.ui.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** All user-facing text, from i18n/messages*.properties. */
public final class I18n {

    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public I18n(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: English must stay English on a Norwegian machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** A label's text without its mnemonic marker ("_Hva som fungerte"), for use inside a sentence or as accessible text. */
    public String plain(String key) {
        return get(key).replace("_", "");
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
