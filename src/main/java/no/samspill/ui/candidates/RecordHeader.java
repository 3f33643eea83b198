package no.samspill.ui.candidates;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import no.samspill.domain.Candidate;
import no.samspill.ui.common.I18n;

/**
 * The line above the candidate's tabs: whose record is open and their status, as stored. It stays
 * put on every tab, so nobody records a job or a status change on the wrong person.
 */
final class RecordHeader {

    private RecordHeader() {
    }

    static void bind(Label title, Label status, ReadOnlyObjectProperty<Candidate> stored, I18n i18n) {
        title.textProperty().bind(Bindings.createStringBinding(() -> stored.get() == null
                ? i18n.get("candidates.form.title") : stored.get().fullName(), stored));
        status.textProperty().bind(Bindings.createStringBinding(() -> stored.get() == null
                ? "" : i18n.label(stored.get().status()), stored));
        status.visibleProperty().bind(stored.isNotNull());
        title.accessibleTextProperty().bind(Bindings.createStringBinding(() -> stored.get() == null ? title.getText()
                : i18n.format("candidates.header.accessible", stored.get().fullName(), i18n.label(stored.get().status())), stored));
    }
}
