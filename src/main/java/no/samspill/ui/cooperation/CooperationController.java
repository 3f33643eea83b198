package no.samspill.ui.cooperation;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.CooperationAgreement;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationMeeting;
import no.samspill.domain.CooperationPartner;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;

/** The "Nav og fylkeskommunen" tab: the cooperation agreement and the log of meetings and decisions. */
public final class CooperationController {

    private final CooperationViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private TableView<CooperationMeeting> meetingTable;
    @FXML private TableColumn<CooperationMeeting, LocalDate> meetingDateColumn;
    @FXML private TableColumn<CooperationMeeting, CooperationPartner> meetingPartnerColumn;
    @FXML private TableColumn<CooperationMeeting, CooperationKind> meetingKindColumn;
    @FXML private TableColumn<CooperationMeeting, String> meetingTopicColumn;
    @FXML private TableColumn<CooperationMeeting, LocalDate> meetingFollowUpColumn;
    @FXML private TableColumn<CooperationMeeting, Boolean> meetingDoneColumn;
    @FXML private Button editMeetingButton;
    @FXML private Button deleteMeetingButton;
    @FXML private TableView<CooperationAgreement> agreementTable;
    @FXML private TableColumn<CooperationAgreement, String> agreementPartiesColumn;
    @FXML private TableColumn<CooperationAgreement, LocalDate> agreementStartColumn;
    @FXML private TableColumn<CooperationAgreement, LocalDate> agreementEndColumn;
    @FXML private Button editAgreementButton;
    @FXML private Button deleteAgreementButton;

    public CooperationController(CooperationViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        meetingTable.setItems(model.meetings());
        Columns.date(meetingDateColumn, CooperationMeeting::date);
        Columns.label(meetingPartnerColumn, CooperationMeeting::partner, i18n);
        Columns.label(meetingKindColumn, CooperationMeeting::kind, i18n);
        Columns.value(meetingTopicColumn, CooperationMeeting::topic);
        Columns.date(meetingFollowUpColumn, CooperationMeeting::followUp);
        Columns.yesNo(meetingDoneColumn, m -> m.followUp() == null ? null : m.followUpDone(), i18n);
        TableActions.install(meetingTable, this::editMeeting, this::deleteMeeting);
        editMeetingButton.disableProperty().bind(meetingTable.getSelectionModel().selectedItemProperty().isNull());
        deleteMeetingButton.disableProperty().bind(meetingTable.getSelectionModel().selectedItemProperty().isNull());
        agreementTable.setItems(model.agreements());
        Columns.value(agreementPartiesColumn, CooperationAgreement::parties);
        Columns.date(agreementStartColumn, CooperationAgreement::start);
        Columns.date(agreementEndColumn, CooperationAgreement::end);
        TableActions.install(agreementTable, this::editAgreement, this::deleteAgreement);
        editAgreementButton.disableProperty().bind(agreementTable.getSelectionModel().selectedItemProperty().isNull());
        deleteAgreementButton.disableProperty().bind(agreementTable.getSelectionModel().selectedItemProperty().isNull());
        model.load();
    }

    @FXML
    private void onNewMeeting() {
        showMeeting(model.newMeeting());
    }

    @FXML
    private void onEditMeeting() {
        editMeeting(meetingTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteMeeting() {
        deleteMeeting(meetingTable.getSelectionModel().getSelectedItem());
    }

    private void editMeeting(CooperationMeeting m) {
        if (m != null) {
            showMeeting(model.edit(m));
        }
    }

    private void showMeeting(MeetingForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "cooperation.meeting.dialog.new" : "cooperation.meeting.dialog.edit", f.form)
                .date("cooperation.meeting.field.date", f.date)
                .choice("cooperation.meeting.field.partner", f.partner, CooperationPartner.class)
                .choice("cooperation.meeting.field.kind", f.kind, CooperationKind.class)
                .text("cooperation.meeting.field.topic", f.topic)
                .area("cooperation.meeting.field.outcome", f.outcome)
                .date("cooperation.meeting.field.followUp", f.followUp)
                .check("cooperation.meeting.field.followUpDone", f.followUpDone)
                .showAndWait(meetingTable)) {
            model.save(f);
        }
    }

    private void deleteMeeting(CooperationMeeting m) {
        if (m != null && dialogs.confirm(meetingTable, "cooperation.meeting.delete.title", "cooperation.meeting.delete.message", "common.delete")) {
            model.delete(m);
        }
    }

    @FXML
    private void onNewAgreement() {
        showAgreement(model.newAgreement());
    }

    @FXML
    private void onEditAgreement() {
        editAgreement(agreementTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteAgreement() {
        deleteAgreement(agreementTable.getSelectionModel().getSelectedItem());
    }

    private void editAgreement(CooperationAgreement a) {
        if (a != null) {
            showAgreement(model.edit(a));
        }
    }

    private void showAgreement(AgreementForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "cooperation.agreement.dialog.new" : "cooperation.agreement.dialog.edit", f.form)
                .text("cooperation.agreement.field.parties", f.parties)
                .date("cooperation.agreement.field.start", f.start)
                .date("cooperation.agreement.field.end", f.end)
                .showAndWait(agreementTable)) {
            model.save(f);
        }
    }

    private void deleteAgreement(CooperationAgreement a) {
        if (a != null && dialogs.confirm(agreementTable, "cooperation.agreement.delete.title", "cooperation.agreement.delete.message",
                "common.delete")) {
            model.delete(a);
        }
    }
}
