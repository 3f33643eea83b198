package no.samspill.ui.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import no.samspill.ui.common.CancellableWork;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.EvaluationRepository;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.NarrativeCheck;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.SecretariatKey;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.Protection;
import no.samspill.evaluation.Threshold;
import no.samspill.ui.common.SavedNotice;
import no.samspill.ui.common.ViewModelContext;
import java.time.LocalTime;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Evaluering: pick the year, the as-of date and the threshold; see every indicator as it will be
 * published, with last year and the suppression log; write the narrative; export the package.
 */
public final class EvaluationViewModel {

    private final EvaluationRepository repository;
    private final ViewModelContext context;
    private final Municipality municipality;
    private final String appVersion;
    private final String language;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<Threshold> threshold = new SimpleObjectProperty<>(Threshold.NAV);
    private final ObjectProperty<Protection.Method> method = new SimpleObjectProperty<>(Protection.Method.SUPPRESSION);
    private final ObjectProperty<Evaluation.Result> preview = new SimpleObjectProperty<>();
    /** What the preview is waiting for, as a message key; null when it is shown. */
    private final StringProperty working = new SimpleStringProperty();
    private final StringProperty whatWorked = new SimpleStringProperty("");
    private final StringProperty barriers = new SimpleStringProperty("");
    private final StringProperty cooperation = new SimpleStringProperty("");
    private final StringProperty plans = new SimpleStringProperty("");
    private final ObservableList<NarrativeCheck.Finding> findings = FXCollections.observableArrayList();
    private final CancellableWork exporting = new CancellableWork();
    private final ObjectProperty<SecretariatKey> companionTo = new SimpleObjectProperty<>();
    private final BooleanProperty narrativeDirty = new SimpleBooleanProperty();
    private final RollUpViewModel rollUps;
    private List<String> personalValues = List.of();
    private NarrativeCheck.Register register = NarrativeCheck.register(List.of());
    private ProgrammeFacts facts;
    private Narrative loaded = Narrative.EMPTY;
    private final SavedNotice narrativeSaved;

    public EvaluationViewModel(EvaluationRepository repository, Municipality municipality, String appVersion, String language, ViewModelContext context) {
        this.repository = repository;
        this.context = context;
        this.narrativeSaved = new SavedNotice(context.clock(), narrativeDirty);
        this.municipality = municipality;
        this.appVersion = appVersion;
        this.language = language;
        this.rollUps = new RollUpViewModel(context, appVersion);
        LocalDate today = context.today();
        year.set(today.getYear());
        asOf.set(LocalDate.of(today.getYear(), 12, 31));
        for (StringProperty p : List.of(whatWorked, barriers, cooperation, plans)) {
            p.addListener(x -> {
                check();
                narrativeDirty.set(!narrative().equals(loaded));
            });
        }
        threshold.addListener(x -> compute());
        method.addListener(x -> compute());
        asOf.addListener(x -> compute());
        year.addListener((obs, old, now) -> {
            if (now != null) {
                asOf.set(LocalDate.of(now, 12, 31));
                loadNarrative();
            }
        });
    }

    /** Reads the data and the narrative, then computes the preview. */
    public void load() {
        int y = year.get();
        working.set("evaluation.working.reading");
        context.task(() -> {
            List<String> values = repository.personalValues(municipality.id());
            return new Loaded(repository.facts(municipality.id()), values, NarrativeCheck.register(values),
                    repository.narrative(municipality.id(), y));
        }).load().onError(e -> {
                    working.set(null);
                    context.onError().accept(e);
                }).onSuccess(l -> {
                    working.set(null);
                    facts = l.facts();
                    personalValues = l.personalValues();
                    register = l.register();
                    fill(l.narrative());
                    compute();
                }).start();
    }

    private void loadNarrative() {
        int y = year.get();
        context.task(() -> repository.narrative(municipality.id(), y)).load().onSuccess(this::fill).start();
    }

    private void fill(Narrative n) {
        loaded = n;
        whatWorked.set(n.whatWorked());
        barriers.set(n.barriers());
        cooperation.set(n.cooperation());
        plans.set(n.plans());
        narrativeDirty.set(false);
        narrativeSaved.clear();
        check();
    }

    private void compute() {
        if (facts == null || asOf.get() == null || year.get() == null || asOf.get().getYear() != year.get()) {
            preview.set(null);
            return;
        }
        ProgrammeFacts f = facts;
        Period period = new Period(year.get(), asOf.get());
        Threshold t = threshold.get();
        Protection.Method m = method.get();
        working.set("evaluation.working.computing");
        context.task(() -> Evaluation.compute(f, period, t, m)).apart().andFinally(() -> working.set(null)).onSuccess(preview::set).start();
    }

    private void check() {
        findings.setAll(NarrativeCheck.check(narrative(), register));
    }

    public Narrative narrative() {
        return new Narrative(whatWorked.get(), barriers.get(), cooperation.get(), plans.get());
    }

    public void saveNarrative() {
        Narrative n = narrative();
        int y = year.get();
        context.task(() -> {
            repository.save(municipality.id(), y, n);
            return n;
        }).onSuccess(saved -> {
            loaded = saved;
            narrativeDirty.set(false);
            narrativeSaved.saved();
        }).start();
    }

    public String suggestedFileName() {
        return "samspill-" + municipality.number() + "-" + year.get() + ".zip";
    }

    /**
     * Builds the package off the FX thread and moves it into place only when it is complete, so a
     * cancelled or failed export leaves nothing behind. The narrative is saved with it.
     */
    public void export(Path target, Consumer<Path> onDone) {
        Evaluation.Result result = preview.get();
        if (result == null || !findings.isEmpty()) {
            return;
        }
        Narrative n = narrative();
        PackageContent content = new PackageContent(municipality.number(), municipality.name(), result, n, appVersion, language,
                companionTo.get());
        int y = year.get();
        List<String> values = personalValues;
        exporting.start(context, cancelled -> {
            repository.save(municipality.id(), y, n);
            EvaluationService.export(content, values, target, cancelled);
            return target;
        }, done -> {
            loaded = n;
            narrativeDirty.set(false);
            onDone.accept(done);
        });
    }

    /** Adding packages up, which Evaluering offers beside the export. */
    public RollUpViewModel rollUps() {
        return rollUps;
    }

    public void cancelExport() {
        exporting.cancel();
    }

    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }
    public ObjectProperty<Threshold> thresholdProperty() { return threshold; }
    public ObjectProperty<Protection.Method> methodProperty() { return method; }
    public ObjectProperty<Evaluation.Result> previewProperty() { return preview; }

    public ReadOnlyStringProperty workingProperty() { return working; }
    public StringProperty whatWorkedProperty() { return whatWorked; }
    public StringProperty barriersProperty() { return barriers; }
    public StringProperty cooperationProperty() { return cooperation; }
    public StringProperty plansProperty() { return plans; }
    public ObservableList<NarrativeCheck.Finding> findings() { return findings; }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.busyProperty(); }
    /** The secretariat the exact tables go to with the export, or null for none. */
    public ObjectProperty<SecretariatKey> companionToProperty() { return companionTo; }
    public BooleanProperty narrativeDirtyProperty() { return narrativeDirty; }
    public ReadOnlyObjectProperty<LocalTime> narrativeSavedAtProperty() { return narrativeSaved.savedAtProperty(); }
    public String language() { return language; }

    private record Loaded(ProgrammeFacts facts, List<String> personalValues, NarrativeCheck.Register register, Narrative narrative) {
    }
}
