package no.samspill.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/**
 * "Lagret kl. 14.02" beside a form's Save button: when the last save happened, until the next edit.
 * A greyed button alone does not tell a user that the work is stored. Held by the ViewModel (it
 * knows when a save succeeded); the view only shows it.
 */
public final class SavedNotice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private final ReadOnlyObjectWrapper<LocalTime> savedAt = new ReadOnlyObjectWrapper<>();
    private final Clock clock;

    /** Clears itself as soon as {@code dirty} becomes true again. */
    public SavedNotice(Clock clock, ObservableBooleanValue dirty) {
        this.clock = clock;
        dirty.addListener((obs, was, is) -> {
            if (is) {
                clear();
            }
        });
    }

    public void saved() {
        savedAt.set(LocalTime.now(clock).withSecond(0).withNano(0));
    }

    public void clear() {
        savedAt.set(null);
    }

    public ReadOnlyObjectProperty<LocalTime> savedAtProperty() {
        return savedAt.getReadOnlyProperty();
    }

    /** Shows the notice in {@code label}, which takes no room while there is nothing to say. */
    public static void show(Label label, ReadOnlyObjectProperty<LocalTime> savedAt, I18n i18n) {
        label.getStyleClass().add("saved-notice");
        label.textProperty().bind(Bindings.createStringBinding(() -> savedAt.get() == null ? ""
                : i18n.format("common.savedAt", TIME.format(savedAt.get())), savedAt));
        ShownWhile.bind(savedAt.isNotNull(), label);
    }
}
