package no.samspill.ui.candidates;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EndReason;
import no.samspill.domain.MentorAssignment;
import no.samspill.domain.Ref;
import no.samspill.domain.StatusChange;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import java.util.List;

/** The Forløp tab: the status timeline and the mentor history of the candidate in the form. */
public final class CandidateProgressController {

    private final CandidateProgressViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private ListView<StatusChange> timeline;
    @FXML private ListView<MentorAssignment> mentorHistory;
    @FXML private Button changeStatusButton;
    @FXML private Button handOverButton;

    public CandidateProgressController(CandidateProgressViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        timeline.setItems(model.history());
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StatusChange item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateFields.format(item.date()) + "   " + i18n.label(item.status())
                        + (item.reason() == null ? "" : " – " + i18n.label(item.reason())));
            }
        });
        mentorHistory.setItems(model.assignments());
        mentorHistory.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MentorAssignment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.format("progress.mentor.period", item.mentorName(),
                        DateFields.format(item.start()), item.end() == null ? i18n.get("progress.mentor.now") : DateFields.format(item.end())));
            }
        });
        changeStatusButton.disableProperty().bind(model.candidateIdProperty().isNull());
        handOverButton.disableProperty().bind(model.candidateIdProperty().isNull());
        handOverButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.currentMentor().isPresent()
                ? "progress.mentor.handOver" : "progress.mentor.assign"), model.assignments()));
    }

    @FXML
    private void onChangeStatus() {
        FormDialog form = new FormDialog(i18n, dialogs, "progress.status.dialog");
        var status = form.choice("progress.status.field.status", model.nextStatuses(), model.nextStatuses().stream().findFirst().orElse(null),
                i18n::label, true);
        var date = form.date("progress.status.field.date", model.today(), d -> Optional.empty());
        var reason = form.choice("progress.status.field.reason", List.of(EndReason.values()), null, i18n::label, false);
        form.rule(date, () -> status.value() == null ? Optional.empty() : model.checkStatusChange(new StatusChange(status.value(), date.value(),
                status.value() == CandidateStatus.ENDED ? EndReason.OTHER : null)));
        form.rule(reason, () -> status.value() == CandidateStatus.ENDED && reason.value() == null
                ? Optional.of("lifecycle.reasonRequired") : Optional.empty());
        if (form.showAndWait(timeline)) {
            model.changeStatus(new StatusChange(status.value(), date.value(),
                    status.value() == CandidateStatus.ENDED ? reason.value() : null));
        }
    }

    @FXML
    private void onHandOver() {
        FormDialog form = new FormDialog(i18n, dialogs, model.currentMentor().isPresent() ? "progress.mentor.handOver.dialog"
                : "progress.mentor.assign.dialog");
        model.currentMentor().ifPresent(m -> form.infoText(i18n.format("progress.mentor.current", m.mentorName())));
        var mentor = form.choice("progress.mentor.field.mentor", model.activeMentors(), null, Ref::name, true);
        var date = form.date("progress.mentor.field.date", model.today(), d -> Optional.empty());
        form.rule(date, () -> mentor.value() == null ? Optional.empty() : model.checkHandover(mentor.value(), date.value()));
        if (form.showAndWait(mentorHistory)) {
            model.handOver(mentor.value(), date.value());
        }
    }
}
