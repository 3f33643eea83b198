package no.samspill.ui.candidates;

import no.samspill.ui.common.ShownWhile;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.domain.ReferralSource;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.FocusWhenPlaced;
import no.samspill.ui.common.I18n;

/** The Opplysninger tab: binds the candidate's fields and their messages to the form's ViewModel. */
public final class CandidateDetailsController {

    private final CandidateFormViewModel form;
    private final I18n i18n;

    @FXML private ScrollPane formPane;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField birthYearField;
    @FXML private Label birthYearError;
    @FXML private DatePicker birthDatePicker;
    @FXML private Label birthDateError;
    @FXML private Label nationalIdLabel;
    @FXML private TextField nationalIdField;
    @FXML private Label nationalIdError;
    @FXML private DatePicker informedDatePicker;
    @FXML private Label informedDateError;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private TextField contactField;
    @FXML private Label contactError;
    @FXML private ComboBox<Ref> navOfficeBox;
    @FXML private DatePicker referralDatePicker;
    @FXML private Label referralDateError;
    @FXML private ComboBox<ReferralSource> referralSourceBox;
    @FXML private ComboBox<Ref> workplaceBox;
    @FXML private ComboBox<Programme> programmeBox;
    @FXML private TextArea noteArea;
    @FXML private Label noteError;

    public CandidateDetailsController(CandidateFormViewModel form, I18n i18n) {
        this.form = form;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(form.fullNameProperty());
        birthYearField.textProperty().bindBidirectional(form.birthYearProperty());
        DateFields.install(birthDatePicker, form.birthDateUnreadableProperty());
        birthDatePicker.valueProperty().bindBidirectional(form.birthDateProperty());
        EnumCells.labels(genderBox, Gender.class, i18n);
        genderBox.valueProperty().bindBidirectional(form.genderProperty());
        contactField.textProperty().bindBidirectional(form.contactProperty());
        navOfficeBox.setItems(form.navOffices());
        navOfficeBox.valueProperty().bindBidirectional(form.navOfficeProperty());
        DateFields.install(referralDatePicker, form.referralDateUnreadableProperty());
        referralDatePicker.valueProperty().bindBidirectional(form.referralDateProperty());
        EnumCells.labels(referralSourceBox, ReferralSource.class, i18n);
        referralSourceBox.valueProperty().bindBidirectional(form.referralSourceProperty());
        workplaceBox.setItems(form.workplaces());
        workplaceBox.valueProperty().bindBidirectional(form.workplaceProperty());
        EnumCells.labels(programmeBox, Programme.class, i18n);
        programmeBox.valueProperty().bindBidirectional(form.programmeProperty());
        noteArea.textProperty().bindBidirectional(form.noteProperty());

        FieldErrors.bind(nameField, nameError, form.fullNameErrorProperty(), i18n);
        FieldErrors.bind(birthYearField, birthYearError, form.birthYearErrorProperty(), i18n);
        FieldErrors.bind(birthDatePicker, birthDateError, form.birthDateErrorProperty(), i18n);
        FieldErrors.bind(contactField, contactError, form.contactErrorProperty(), i18n);
        FieldErrors.bind(referralDatePicker, referralDateError, form.referralDateErrorProperty(), i18n);
        FieldErrors.bind(noteArea, noteError, form.noteErrorProperty(), i18n);
        DateFields.install(informedDatePicker, form.informedDateUnreadableProperty());
        informedDatePicker.valueProperty().bindBidirectional(form.informedDateProperty());
        FieldErrors.bind(informedDatePicker, informedDateError, form.informedDateErrorProperty(), i18n);
        nationalIdField.textProperty().bindBidirectional(form.nationalIdProperty());
        FieldErrors.bind(nationalIdField, nationalIdError, form.nationalIdErrorProperty(), i18n);
        ShownWhile.bind(form.nationalIdEnabledProperty(), nationalIdLabel, nationalIdField);

    }

    void focusFirstField() {
        FocusWhenPlaced.request(nameField);
    }
}
