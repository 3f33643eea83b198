package no.samspill.ui.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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
import no.samspill.ui.common.TaskRunner;

/** The Opplæring tab: paths from templates, their steps, the outcomes and the praksiskandidat hours. */
public final class CandidateTrainingViewModel {

    private final TrainingRepository training;
    private final EmploymentRepository employment;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingPath> selectedPath = new SimpleObjectProperty<>();
    private final ObjectProperty<PraksiskandidatCalculator.Result> praksis = new SimpleObjectProperty<>();
    private final ObservableList<TrainingPath> paths = FXCollections.observableArrayList();
    private final ObservableList<TrainingStep> steps = FXCollections.observableArrayList();
    private final ObservableList<Qualification> qualifications = FXCollections.observableArrayList();

    public CandidateTrainingViewModel(TrainingRepository training, EmploymentRepository employment, TaskRunner tasks,
                                      Clock clock, Consumer<Throwable> onError) {
        this.training = training;
        this.employment = employment;
        this.tasks = tasks;
        this.clock = clock;
        this.onError = onError;
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
        tasks.run(() -> new Loaded(training.paths(id), training.qualifications(id),
                PraksiskandidatCalculator.calculate(employment.spells(id), today())), l -> {
                    if (!id.equals(candidateId.get())) {
                        return;
                    }
                    paths.setAll(l.paths());
                    qualifications.setAll(l.qualifications());
                    praksis.set(l.praksis());
                    selectedPath.set(l.paths().stream().filter(p -> p.id().equals(keep)).findFirst()
                            .orElse(l.paths().isEmpty() ? null : l.paths().get(l.paths().size() - 1)));
                    loadSteps();
                }, onError);
    }

    private void loadSteps() {
        TrainingPath path = selectedPath.get();
        if (path == null) {
            steps.clear();
            return;
        }
        tasks.run(() -> training.steps(path.id()), list -> {
            if (path.equals(selectedPath.get())) {
                steps.setAll(list);
            }
        }, onError);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void createPath(TrainingTemplate template, String title, LocalDate start, Function<TrainingTemplate.StepKind, String> names) {
        Long id = candidateId.get();
        tasks.run(() -> training.createPath(id, template, title, start, names), created -> load(id, created.id()), onError);
    }

    public void deletePath(TrainingPath path) {
        Long id = candidateId.get();
        tasks.run(() -> {
            training.deletePath(path.id());
            return path;
        }, done -> {
            selectedPath.set(null);
            load(id);
        }, onError);
    }

    public void save(TrainingStep step) {
        tasks.run(() -> training.save(step), saved -> loadSteps(), onError);
    }

    public void deleteStep(TrainingStep step) {
        tasks.run(() -> {
            training.deleteStep(step.id());
            return step;
        }, done -> loadSteps(), onError);
    }

    public void add(Qualification q) {
        Long id = candidateId.get();
        tasks.run(() -> training.add(q), done -> load(id), onError);
    }

    public void delete(Qualification q) {
        Long id = candidateId.get();
        tasks.run(() -> {
            training.deleteQualification(q.id());
            return q;
        }, done -> load(id), onError);
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
