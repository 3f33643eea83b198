package no.samspill.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.samspill.data.SettingsRepository;
import no.samspill.evaluation.SecretariatKey;
import no.samspill.ui.common.ViewModelContext;

/**
 * The national secretariat's public key that exports encrypt the exact tables to (ADR 0021): one per
 * data file, shared by Innstillinger, where it is set, and Evaluering, where it is used.
 */
public final class SecretariatKeyViewModel {

    private final SettingsRepository settings;
    private final ViewModelContext context;
    private final ReadOnlyObjectWrapper<SecretariatKey> key = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public SecretariatKeyViewModel(SettingsRepository settings, ViewModelContext context) {
        this.settings = settings;
        this.context = context;
    }

    public void load() {
        context.task(() -> settings.get(SettingsRepository.SECRETARIAT_KEY).filter(s -> !s.isBlank()).map(SecretariatKey::parse).orElse(null))
                .onSuccess(key::set).start();
    }

    /** Takes a pasted key block; a text that is not one is an error message key, and nothing is stored. */
    public void use(String text) {
        SecretariatKey parsed;
        try {
            parsed = SecretariatKey.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            error.set("settings.secretariat.invalid");
            return;
        }
        error.set(null);
        context.task(() -> {
            settings.put(SettingsRepository.SECRETARIAT_KEY, parsed.text());
            return parsed;
        }).onSuccess(key::set).start();
    }

    public void remove() {
        error.set(null);
        context.task(() -> {
            settings.put(SettingsRepository.SECRETARIAT_KEY, "");
            return null;
        }).onSuccess(x -> key.set(null)).start();
    }

    public void clearError() {
        error.set(null);
    }

    public ReadOnlyObjectProperty<SecretariatKey> keyProperty() { return key.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
