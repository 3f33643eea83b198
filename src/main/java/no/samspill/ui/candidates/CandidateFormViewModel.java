package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import no.samspill.data.CandidateRepository;
import no.samspill.data.LookupRepository;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateRules;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Gender;
import no.samspill.domain.NationalId;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.domain.ReferralSource;
import no.samspill.ui.common.ViewModelContext;
import java.nio.file.Path;
import no.samspill.data.PersonalDataRepository;
import no.samspill.domain.Checks;
import no.samspill.gdpr.AccessReport;

/**
 * The candidate form. Error properties hold the i18n key of the message for their field (or null),
 * so the view shows them beside the field and tests can assert them in any language.
 */
public final class CandidateFormViewModel {

    private final CandidateRepository repository;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;

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
    private final ReadOnlyStringWrapper informedDateError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper nationalIdEnabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper nationalIdError = new ReadOnlyStringWrapper();

    private final ReadOnlyStringWrapper fullNameError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper birthYearError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper birthDateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper contactError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper referralDateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanBinding valid;

    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();
    private final ObservableList<Ref> navOffices = FXCollections.observableArrayList();

    private Candidate original;
    private String originalNationalId = "";
    private CandidateForm loaded;

    public CandidateFormViewModel(CandidateRepository repository, LookupRepository lookups, ViewModelContext context) {
        this.repository = repository;
        this.lookups = lookups;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
        Observable[] fields = {fullName, birthYear, birthDate, birthDateUnreadable, gender, contact, navOffice,
            referralDate, referralDateUnreadable, referralSource, workplace, programme, note, nationalId, nationalIdEnabled, informedDate, informedDateUnreadable};
        for (Observable o : fields) {
            o.addListener(x -> recompute());
        }
        valid = Bindings.createBooleanBinding(() -> Stream.of(fullNameError, birthYearError, birthDateError,
                contactError, referralDateError, noteError, nationalIdError, informedDateError).allMatch(e -> e.get() == null),
                fullNameError, birthYearError, birthDateError, contactError, referralDateError, noteError, nationalIdError, informedDateError);
        loaded = snapshot();
        recompute();
    }

    /** Fills the pick lists; call once when the view opens. */
    public void loadLookups() {
        context.task(() -> new Lookups(lookups.workplaces(municipalityId), lookups.navOffices(municipalityId),
                lookups.storesNationalId(municipalityId))).onSuccess(l -> {
                    workplaces.setAll(l.workplaces());
                    navOffices.setAll(l.navOffices());
                    boolean clean = !dirty.get();
                    nationalIdEnabled.set(l.storesNationalId());
                    if (clean) {
                        markLoaded();
                    }
                }).start();
    }

    public void startNew() {
        original = null;
        originalNationalId = "";
        fill(new Candidate(null, municipalityId, "", null, 0, null, Gender.NOT_RECORDED, null,
                LocalDate.now(clock), ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION,
                CandidateStatus.REFERRED, null, null));
        birthYear.set("");
        markLoaded();
        editing.set(true);
    }

    public void load(long candidateId) {
        context.task(() -> repository.find(candidateId).map(c -> new Loaded(c, repository.nationalId(candidateId)))).onSuccess(found -> found.ifPresent(l -> {
                    original = l.candidate();
                    originalNationalId = l.nationalId().map(NationalId::value).orElse("");
                    fill(l.candidate());
                    markLoaded();
                    editing.set(true);
                })).start();
    }

    /**
     * Saves in one transaction off the FX thread; {@code onSaved} gets the stored record. When other
     * candidates have the same name and birth date, {@code confirmDuplicates} is asked first and
     * nothing is saved unless it answers yes.
     */
    public void save(Consumer<Candidate> onSaved, Predicate<List<CandidateSummary>> confirmDuplicates) {
        if (!valid.get() || saving.get()) {
            return;
        }
        Candidate draft = toCandidate();
        saving.set(true);
        Optional<NationalId> id = nationalIdEnabled.get() ? NationalId.parse(nationalId.get()) : null;
        context.task(() -> repository.possibleDuplicates(municipalityId, draft.fullName(), draft.birthDate(),
                id == null ? null : id.orElse(null), draft.id())).onSuccess(found -> {
            if (!found.isEmpty() && !confirmDuplicates.test(found)) {
                saving.set(false);
                return;
            }
            store(draft, id, onSaved);
        }).onError(error -> {
            saving.set(false);
            context.onError().accept(error);
        }).start();
    }

    private void store(Candidate draft, Optional<NationalId> id, Consumer<Candidate> onSaved) {
        context.task(() -> repository.save(draft, id)).onSuccess(saved -> {
            original = saved;
            if (id != null) {
                originalNationalId = id.map(NationalId::value).orElse("");
            }
            fill(saved);
            markLoaded();
            onSaved.accept(saved);
        }).andFinally(() -> saving.set(false)).start();
    }

    /** Writes the access report (HTML and JSON) for the candidate in the form into {@code folder}. */
    public void exportAccess(Path folder, Consumer<List<Path>> onDone) {
        Optional<Long> id = editedId();
        if (id.isEmpty() || personalData == null) {
            return;
        }
        context.task(() -> AccessReport.write(personalData.access(id.get()), folder)).onSuccess(onDone).start();
    }

    private PersonalDataRepository personalData;

    /** Gives the form what it needs for access requests (set once by the composition root). */
    public void setPersonalData(PersonalDataRepository personalData) {
        this.personalData = personalData;
    }

    /** Deletes the candidate in the form and everything linked to them, then closes the form. */
    public void delete(Runnable onDeleted) {
        Optional<Long> id = editedId();
        if (id.isEmpty()) {
            return;
        }
        context.action(() -> repository.delete(id.get())).onSuccess(done -> {
            close();
            onDeleted.run();
        }).start();
    }

    /** Forgets the edits: back to the stored values, or closes the form for a new record. */
    public void discard() {
        if (original == null) {
            close();
        } else {
            fill(original);
            markLoaded();
        }
    }

    public void close() {
        original = null;
        originalNationalId = "";
        editing.set(false);
        fill(new Candidate(null, municipalityId, "", null, 0, null, Gender.NOT_RECORDED, null, null, null, null,
                Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, null, null));
        birthYear.set("");
        markLoaded();
    }

    public Optional<Long> editedId() {
        return Optional.ofNullable(original).map(Candidate::id);
    }

    private void fill(Candidate c) {
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
        nationalId.set(originalNationalId);
        informedDate.set(c.informedDate());
        informedDateUnreadable.set(false);
    }

    private static Ref find(List<Ref> refs, Long id) {
        if (id == null) {
            return null;
        }
        return refs.stream().filter(r -> r.id() == id).findFirst().orElse(new Ref(id, "#" + id));
    }

    private Candidate toCandidate() {
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

    private void recompute() {
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

    private void markLoaded() {
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
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    public ObservableList<Ref> workplaces() { return workplaces; }
    public ObservableList<Ref> navOffices() { return navOffices; }

    private record Lookups(List<Ref> workplaces, List<Ref> navOffices, boolean storesNationalId) {
    }

    private record Loaded(Candidate candidate, Optional<NationalId> nationalId) {
    }
}
