package no.samspill.ui.common;

import java.util.Locale;

/** The languages Samspill speaks. Bokmål is the default whatever the operating system says. */
public enum Language {
    NB(Locale.of("nb", "NO")), NN(Locale.of("nn", "NO")), EN(Locale.of("en"));

    public static final Language DEFAULT = NB;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(code)) {
                return l;
            }
        }
        return DEFAULT;
    }
}
