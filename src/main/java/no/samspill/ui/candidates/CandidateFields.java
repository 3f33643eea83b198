package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateRules;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.NationalId;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.Checks;

/**
 * The fields of the candidate form with their messages. Each message property holds the i18n key of
 * what is wrong with its field (or null), so the view shows it beside the field and tests can assert
 * it in any language. Dirty means: different from what was last loaded or saved.
 */
final class CandidateFields {

    private final Clock clock;
    final StringProperty fullName = new SimpleStringProperty("");
    final StringProperty birthYear = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final BooleanProperty birthDateUnreadable = new SimpleBooleanProperty();
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.NOT_RECORDED);
    final StringProperty contact = new SimpleStringProperty("");
    final ObjectProperty<Ref> navOffice = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> referralDate = new SimpleObjectProperty<>();
    final BooleanProperty referralDateUnreadable = new SimpleBooleanProperty();
    final ObjectProperty<ReferralSource> referralSource = new SimpleObjectProperty<>();
    final ObjectProperty<Ref> workplace = new SimpleObjectProperty<>();
    final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(Programme.RECRUITMENT_THROUGH_INCLUSION);
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty nationalId = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> informedDate = new SimpleObjectProperty<>();
    final BooleanProperty informedDateUnreadable = new SimpleBooleanProperty();
    final ReadOnlyStringWrapper informedDateError = new ReadOnlyStringWrapper();
    final ReadOnlyBooleanWrapper nationalIdEnabled = new ReadOnlyBooleanWrapper();
    final ReadOnlyStringWrapper nationalIdError = new ReadOnlyStringWrapper();

    final ReadOnlyStringWrapper fullNameError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper birthYearError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper birthDateError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper contactError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper referralDateError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper();
    final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    final BooleanBinding valid;

    final ObservableList<Ref> workplaces = FXCollections.observableArrayList();
    final ObservableList<Ref> navOffices = FXCollections.observableArrayList();

    private CandidateForm loaded;

    CandidateFields(Clock clock) {
        this.clock = clock;
        Observable[] fields = {fullName, birthYear, birthDate, birthDateUnreadable, gender, contact, navOffice,
            referralDate, referralDateUnreadable, referralSource, workplace, programme, note, nationalId, nationalIdEnabled, informedDate, informedDateUnreadable};
        // The year follows from a full date, so nobody types it twice.
        birthDate.addListener((obs, old, date) -> {
            if (date != null) {
                birthYear.set(Integer.toString(date.getYear()));
            }
        });
        for (Observable o : fields) {
            o.addListener(x -> recompute());
        }
        valid = Bindings.createBooleanBinding(() -> Stream.of(fullNameError, birthYearError, birthDateError,
                contactError, referralDateError, noteError, nationalIdError, informedDateError).allMatch(e -> e.get() == null),
                fullNameError, birthYearError, birthDateError, contactError, referralDateError, noteError, nationalIdError, informedDateError);
        loaded = snapshot();
        recompute();
    }

    void fill(Candidate c, String storedNationalId) {
        fullName.set(c.fullName());
        birthYear.set(c.birthYear() == 0 ? "" : Integer.toString(c.birthYear()));
        birthDate.set(c.birthDate());
        birthDateUnreadable.set(false);
        gender.set(c.gender());
        contact.set(c.contact() == null ? "" : c.contact());
        navOffice.set(find(navOffices, c.navOfficeId()));
        referralDate.set(c.referralDate());
        referralDateUnreadable.set(false);
        referralSource.set(c.referralSource());
        workplace.set(find(workplaces, c.mainWorkplaceId()));
        programme.set(c.programme());
        note.set(c.note() == null ? "" : c.note());
        nationalId.set(storedNationalId);
        informedDate.set(c.informedDate());
        informedDateUnreadable.set(false);
    }

    private static Ref find(List<Ref> refs, Long id) {
        if (id == null) {
            return null;
        }
        return refs.stream().filter(r -> r.id() == id).findFirst().orElse(new Ref(id, "#" + id));
    }

    /** The record the fields describe; the status is the stored one, which only a status change moves. */
    Candidate toCandidate(Candidate original, long municipalityId) {
        CandidateStatus status = original == null ? CandidateStatus.REFERRED : original.status();
        return new Candidate(original == null ? null : original.id(), municipalityId, fullName.get(), contact.get(),
                parseYear().orElse(0), birthDate.get(), gender.get(), idOf(navOffice.get()), referralDate.get(),
                referralSource.get(), idOf(workplace.get()), programme.get(), status, note.get(), informedDate.get());
    }

    private static Long idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }

    private Optional<Integer> parseYear() {
        String text = birthYear.get() == null ? "" : birthYear.get().strip();
        if (!text.matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    void recompute() {
        LocalDate today = LocalDate.now(clock);
        fullNameError.set(CandidateRules.checkName(fullName.get()).orElse(null));
        Optional<Integer> year = parseYear();
        if (birthYear.get() == null || birthYear.get().isBlank()) {
            birthYearError.set("validation.required");
        } else if (year.isEmpty()) {
            birthYearError.set("validation.birthYear.format");
        } else {
            birthYearError.set(CandidateRules.checkBirthYear(year.get(), today).orElse(null));
        }
        birthDateError.set(birthDateUnreadable.get() ? "validation.date.format"
                : year.flatMap(y -> CandidateRules.checkBirthDate(birthDate.get(), y, today)).orElse(null));
        contactError.set(CandidateRules.checkOptionalText(contact.get(), CandidateRules.MAX_CONTACT).orElse(null));
        referralDateError.set(referralDateUnreadable.get() ? "validation.date.format"
                : CandidateRules.checkReferralDate(referralDate.get(), today).orElse(null));
        noteError.set(CandidateRules.checkOptionalText(note.get(), CandidateRules.MAX_NOTE).orElse(null));
        String idText = nationalId.get() == null ? "" : nationalId.get().strip();
        nationalIdError.set(nationalIdEnabled.get() && !idText.isEmpty() && NationalId.parse(idText).isEmpty()
                ? "validation.nationalId" : null);
        informedDateError.set(informedDateUnreadable.get() ? "validation.date.format"
                : Checks.notFuture(informedDate.get(), today).orElse(null));
        dirty.set(loaded != null && !snapshot().equals(loaded));
    }

    void markLoaded() {
        loaded = snapshot();
        recompute();
    }

    private CandidateForm snapshot() {
        return new CandidateForm(text(fullName), text(birthYear), birthDate.get(), gender.get(), text(contact),
                navOffice.get(), referralDate.get(), referralSource.get(), workplace.get(), programme.get(), text(note),
                nationalIdEnabled.get() ? text(nationalId).replace(" ", "") : "", informedDate.get());
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    public StringProperty fullNameProperty() { return fullName; }
    public StringProperty birthYearProperty() { return birthYear; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    public BooleanProperty birthDateUnreadableProperty() { return birthDateUnreadable; }
    public ObjectProperty<Gender> genderProperty() { return gender; }
    public StringProperty contactProperty() { return contact; }
    public ObjectProperty<Ref> navOfficeProperty() { return navOffice; }
    public ObjectProperty<LocalDate> referralDateProperty() { return referralDate; }
    public BooleanProperty referralDateUnreadableProperty() { return referralDateUnreadable; }
    public ObjectProperty<ReferralSource> referralSourceProperty() { return referralSource; }
    public ObjectProperty<Ref> workplaceProperty() { return workplace; }
    public ObjectProperty<Programme> programmeProperty() { return programme; }
    public StringProperty noteProperty() { return note; }
    public StringProperty nationalIdProperty() { return nationalId; }
    public ObjectProperty<LocalDate> informedDateProperty() { return informedDate; }
    public BooleanProperty informedDateUnreadableProperty() { return informedDateUnreadable; }
    public ReadOnlyStringProperty informedDateErrorProperty() { return informedDateError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty nationalIdEnabledProperty() { return nationalIdEnabled.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nationalIdErrorProperty() { return nationalIdError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fullNameErrorProperty() { return fullNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty birthYearErrorProperty() { return birthYearError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty birthDateErrorProperty() { return birthDateError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty contactErrorProperty() { return contactError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty referralDateErrorProperty() { return referralDateError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteErrorProperty() { return noteError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
}
