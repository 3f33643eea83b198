package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import no.samspill.data.CandidateRepository;
import no.samspill.data.LookupRepository;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Gender;
import no.samspill.domain.NationalId;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.domain.ReferralSource;
import no.samspill.ui.common.SavedNotice;
import no.samspill.ui.common.ViewModelContext;

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

    private final CandidateFields fields;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Candidate> stored = new ReadOnlyObjectWrapper<>();
    private final SavedNotice savedNotice;

    private Candidate original;
    private String originalNationalId = "";

    public CandidateFormViewModel(CandidateRepository repository, LookupRepository lookups, ViewModelContext context) {
        this.repository = repository;
        this.lookups = lookups;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
        this.fields = new CandidateFields(clock);
        this.savedNotice = new SavedNotice(clock, fields.dirty);
    }

    /** Fills the pick lists; call once when the view opens. */
    public void loadLookups() {
        context.task(() -> new Lookups(lookups.workplaces(municipalityId), lookups.navOffices(municipalityId),
                lookups.storesNationalId(municipalityId))).load().onSuccess(l -> {
                    fields.workplaces.setAll(l.workplaces());
                    fields.navOffices.setAll(l.navOffices());
                    boolean clean = !fields.dirty.get();
                    fields.nationalIdEnabled.set(l.storesNationalId());
                    if (clean) {
                        fields.markLoaded();
                    }
                }).start();
    }

    public void startNew() {
        setOriginal(null);
        savedNotice.clear();
        originalNationalId = "";
        fields.fill(new Candidate(null, municipalityId, "", null, 0, null, Gender.NOT_RECORDED, null,
                LocalDate.now(clock), ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION,
                CandidateStatus.REFERRED, null, null), originalNationalId);
        fields.birthYear.set("");
        fields.markLoaded();
        editing.set(true);
    }

    public void load(long candidateId) {
        context.task(() -> repository.find(candidateId).map(c -> new Loaded(c, repository.nationalId(candidateId)))).load().onSuccess(found -> found.ifPresent(l -> {
                    setOriginal(l.candidate());
                    savedNotice.clear();
                    originalNationalId = l.nationalId().map(NationalId::value).orElse("");
                    fields.fill(l.candidate(), originalNationalId);
                    fields.markLoaded();
                    editing.set(true);
                })).start();
    }

    /**
     * Saves in one transaction off the FX thread; {@code onSaved} gets the stored record. When other
     * candidates have the same name and birth date, {@code confirmDuplicates} is asked first and
     * nothing is saved unless it answers yes.
     */
    public void save(Consumer<Candidate> onSaved, Predicate<List<CandidateSummary>> confirmDuplicates) {
        if (!fields.valid.get() || saving.get()) {
            return;
        }
        Candidate draft = fields.toCandidate(original, municipalityId);
        saving.set(true);
        Optional<NationalId> id = fields.nationalIdEnabled.get() ? NationalId.parse(fields.nationalId.get()) : null;
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
        Candidate seen = original;
        context.task(() -> repository.save(draft, id, seen)).onSuccess(saved -> {
            setOriginal(saved);
            savedNotice.saved();
            if (id != null) {
                originalNationalId = id.map(NationalId::value).orElse("");
            }
            fields.fill(saved, originalNationalId);
            fields.markLoaded();
            onSaved.accept(saved);
        }).andFinally(() -> saving.set(false)).start();
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
            fields.fill(original, originalNationalId);
            fields.markLoaded();
        }
    }

    public void close() {
        setOriginal(null);
        savedNotice.clear();
        originalNationalId = "";
        editing.set(false);
        fields.fill(new Candidate(null, municipalityId, "", null, 0, null, Gender.NOT_RECORDED, null, null, null, null,
                Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, null, null), originalNationalId);
        fields.birthYear.set("");
        fields.markLoaded();
    }

    private void setOriginal(Candidate c) {
        original = c;
        stored.set(c);
    }

    /**
     * Reads the candidate again after a change made elsewhere (a status change, an ending): the
     * header follows at once, and the fields too unless the user is editing them.
     */
    public void reloadStored() {
        Optional<Long> id = editedId();
        if (id.isEmpty()) {
            return;
        }
        if (!fields.dirty.get()) {
            load(id.get());
            return;
        }
        context.task(() -> repository.find(id.get())).onSuccess(found -> found.ifPresent(c -> {
            if (original != null && c.id().equals(original.id())) {
                setOriginal(original.withStatus(c.status()));
            }
        })).start();
    }

    /** The candidate as last read or saved, for the header above the tabs; null for a new one. */
    public ReadOnlyObjectProperty<Candidate> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalTime> savedAtProperty() {
        return savedNotice.savedAtProperty();
    }

    public Optional<Long> editedId() {
        return Optional.ofNullable(original).map(Candidate::id);
    }

    public StringProperty fullNameProperty() { return fields.fullName; }
    public StringProperty birthYearProperty() { return fields.birthYear; }
    public ObjectProperty<LocalDate> birthDateProperty() { return fields.birthDate; }
    public BooleanProperty birthDateUnreadableProperty() { return fields.birthDateUnreadable; }
    public ObjectProperty<Gender> genderProperty() { return fields.gender; }
    public StringProperty contactProperty() { return fields.contact; }
    public ObjectProperty<Ref> navOfficeProperty() { return fields.navOffice; }
    public ObjectProperty<LocalDate> referralDateProperty() { return fields.referralDate; }
    public BooleanProperty referralDateUnreadableProperty() { return fields.referralDateUnreadable; }
    public ObjectProperty<ReferralSource> referralSourceProperty() { return fields.referralSource; }
    public ObjectProperty<Ref> workplaceProperty() { return fields.workplace; }
    public ObjectProperty<Programme> programmeProperty() { return fields.programme; }
    public StringProperty noteProperty() { return fields.note; }
    public StringProperty nationalIdProperty() { return fields.nationalId; }
    public ObjectProperty<LocalDate> informedDateProperty() { return fields.informedDate; }
    public BooleanProperty informedDateUnreadableProperty() { return fields.informedDateUnreadable; }
    public ReadOnlyStringProperty informedDateErrorProperty() { return fields.informedDateError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty nationalIdEnabledProperty() { return fields.nationalIdEnabled.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nationalIdErrorProperty() { return fields.nationalIdError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fullNameErrorProperty() { return fields.fullNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty birthYearErrorProperty() { return fields.birthYearError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty birthDateErrorProperty() { return fields.birthDateError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty contactErrorProperty() { return fields.contactError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty referralDateErrorProperty() { return fields.referralDateError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteErrorProperty() { return fields.noteError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return fields.dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return fields.valid; }
    public ObservableList<Ref> workplaces() { return fields.workplaces; }
    public ObservableList<Ref> navOffices() { return fields.navOffices; }

    private record Lookups(List<Ref> workplaces, List<Ref> navOffices, boolean storesNationalId) {
    }

    private record Loaded(Candidate candidate, Optional<NationalId> nationalId) {
    }
}
