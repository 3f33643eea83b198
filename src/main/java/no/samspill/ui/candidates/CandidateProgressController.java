package no.samspill.ui.candidates;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EndReason;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.MentorAssignment;
import no.samspill.domain.StatusChange;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;

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
        StatusChangeForm f = model.statusChange();
        if (new FormDialog(i18n, dialogs, "progress.status.dialog", f.form)
                .choice("progress.status.field.status", f.status, model.nextStatuses(), i18n::label)
                .date("progress.status.field.date", f.date)
                .choice("progress.status.field.reason", f.reason, EndReason.class)
                .onlyWhen(f.status.valueProperty().isEqualTo(CandidateStatus.ENDED))
                .showAndWait(timeline)) {
            model.save(f);
        }
    }

    private String describe(MentorSummary m) {
        return i18n.format("progress.mentor.choice", m.fullName(),
                m.workplaceName() == null ? i18n.get("progress.mentor.noWorkplace") : m.workplaceName(), m.activeCandidates());
    }

    @FXML
    private void onHandOver() {
        HandoverForm f = model.handover();
        FormDialog dialog = new FormDialog(i18n, dialogs, model.currentMentor().isPresent() ? "progress.mentor.handOver.dialog"
                : "progress.mentor.assign.dialog", f.form);
        model.currentMentor().ifPresent(m -> dialog.infoText(i18n.format("progress.mentor.current", m.mentorName())));
        dialog.choice("progress.mentor.field.mentor", f.mentor, f.choices(), this::describe);
        if (f.narrows()) {
            dialog.check("progress.mentor.field.onlyWorkplace", f.onlyWorkplace);
        }
        if (dialog.date("progress.mentor.field.date", f.date).showAndWait(mentorHistory)) {
            model.save(f);
        }
    }
}
