package no.samspill.ui.candidates;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import no.samspill.domain.CandidateStatus;
import no.samspill.ui.common.I18n;

/** An entry of the status filter; a null status means all. */
record StatusOption(CandidateStatus status, String label) {

    /** Fills the filter with "all" and every status, and passes the choice on to {@code target}. */
    static void install(ComboBox<StatusOption> box, I18n i18n, ObjectProperty<CandidateStatus> target) {
        box.getItems().add(new StatusOption(null, i18n.get("candidates.filter.allStatuses")));
        for (CandidateStatus s : CandidateStatus.values()) {
            box.getItems().add(new StatusOption(s, i18n.label(s)));
        }
        box.getSelectionModel().selectFirst();
        box.valueProperty().addListener((obs, old, now) -> target.set(now == null ? null : now.status()));
    }

    @Override
    public String toString() {
        return label;
    }
}
