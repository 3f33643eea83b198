package no.samspill.ui.candidates;

import no.samspill.domain.StepStatus;
import java.util.Optional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.EmploymentRepository;
import no.samspill.data.TrainingRepository;
import no.samspill.domain.PraksiskandidatCalculator;
import no.samspill.domain.Qualification;
import no.samspill.domain.TrainingPath;
import no.samspill.domain.TrainingStep;
import no.samspill.domain.TrainingTemplate;
import no.samspill.ui.common.ViewModelContext;

/** The Opplæring tab: paths from templates, their steps, the outcomes and the praksiskandidat hours. */
public final class CandidateTrainingViewModel {

    private final TrainingRepository training;
    private final EmploymentRepository employment;
    private final ViewModelContext context;
    private final Clock clock;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingPath> selectedPath = new SimpleObjectProperty<>();
    private final ObjectProperty<PraksiskandidatCalculator.Result> praksis = new SimpleObjectProperty<>();
    private final ObservableList<TrainingPath> paths = FXCollections.observableArrayList();
    private final ObservableList<TrainingStep> steps = FXCollections.observableArrayList();
    private final ObservableList<Qualification> qualifications = FXCollections.observableArrayList();

    public CandidateTrainingViewModel(TrainingRepository training, EmploymentRepository employment, ViewModelContext context) {
        this.training = training;
        this.employment = employment;
        this.context = context;
        this.clock = context.clock();
        selectedPath.addListener((obs, old, now) -> loadSteps());
    }

    public void load(Long id) {
        load(id, null);
    }

    private void load(Long id, Long selectPathId) {
        candidateId.set(id);
        if (id == null) {
            paths.clear();
            qualifications.clear();
            praksis.set(null);
            return;
        }
        Long keep = selectPathId != null ? selectPathId : selectedPath.get() == null ? null : selectedPath.get().id();
        context.task(() -> new Loaded(training.paths(id), training.qualifications(id),
                PraksiskandidatCalculator.calculate(employment.spells(id), today()))).load().onSuccess(l -> {
                    if (!id.equals(candidateId.get())) {
                        return;
                    }
                    paths.setAll(l.paths());
                    qualifications.setAll(l.qualifications());
                    praksis.set(l.praksis());
                    selectedPath.set(l.paths().stream().filter(p -> p.id().equals(keep)).findFirst()
                            .orElse(l.paths().isEmpty() ? null : l.paths().get(l.paths().size() - 1)));
                    loadSteps();
                }).start();
    }

    private void loadSteps() {
        TrainingPath path = selectedPath.get();
        if (path == null) {
            steps.clear();
            return;
        }
        context.task(() -> training.steps(path.id())).load().onSuccess(list -> {
            if (path.equals(selectedPath.get())) {
                steps.setAll(list);
            }
        }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PathForm newPath() {
        return new PathForm(today());
    }

    /** Creates the path; {@code label} names the steps, and the path when it has no title, in the user's language. */
    public void save(PathForm f, Function<Enum<?>, String> label) {
        createPath(f.template.value(), f.name(label), f.start.value(), label::apply);
    }

    /** A new step at the end of the selected path; empty when no path is selected. */
    public Optional<StepForm> newStep() {
        return Optional.ofNullable(selectedPath.get())
                .map(p -> edit(new TrainingStep(null, p.id(), 0, "", null, null, StepStatus.PLANNED)));
    }

    public StepForm edit(TrainingStep s) {
        return new StepForm(s, today());
    }

    public void save(StepForm f) {
        TrainingStep step = f.toRecord();
        TrainingStep seen = f.seen();
        context.task(() -> training.save(step, seen)).onSuccess(saved -> loadSteps()).start();
    }

    public OutcomeForm newOutcome() {
        return new OutcomeForm(today());
    }

    /** The outcome belongs to the candidate, and to the selected path when there is one. */
    public void save(OutcomeForm f) {
        TrainingPath path = selectedPath.get();
        add(new Qualification(null, candidateId.get(), path == null ? null : path.id(), f.kind.value(), f.date.value()));
    }

    public void createPath(TrainingTemplate template, String title, LocalDate start, Function<TrainingTemplate.StepKind, String> names) {
        Long id = candidateId.get();
        context.task(() -> training.createPath(id, template, title, start, names)).onSuccess(created -> load(id, created.id())).start();
    }

    public void deletePath(TrainingPath path) {
        Long id = candidateId.get();
        context.action(() -> training.deletePath(path.id())).onSuccess(done -> {
            selectedPath.set(null);
            load(id);
        }).start();
    }

    public void save(TrainingStep step) {
        context.task(() -> training.save(step)).onSuccess(saved -> loadSteps()).start();
    }

    public void deleteStep(TrainingStep step) {
        context.action(() -> training.deleteStep(step.id())).onSuccess(done -> loadSteps()).start();
    }

    public void add(Qualification q) {
        Long id = candidateId.get();
        context.task(() -> training.add(q)).onSuccess(done -> load(id)).start();
    }

    public void delete(Qualification q) {
        Long id = candidateId.get();
        context.action(() -> training.deleteQualification(q.id())).onSuccess(done -> load(id)).start();
    }

    public ObjectProperty<Long> candidateIdProperty() {
        return candidateId;
    }

    public ObjectProperty<TrainingPath> selectedPathProperty() {
        return selectedPath;
    }

    public ObjectProperty<PraksiskandidatCalculator.Result> praksisProperty() {
        return praksis;
    }

    public ObservableList<TrainingPath> paths() {
        return paths;
    }

    public ObservableList<TrainingStep> steps() {
        return steps;
    }

    public ObservableList<Qualification> qualifications() {
        return qualifications;
    }

    private record Loaded(List<TrainingPath> paths, List<Qualification> qualifications, PraksiskandidatCalculator.Result praksis) {
    }
}
