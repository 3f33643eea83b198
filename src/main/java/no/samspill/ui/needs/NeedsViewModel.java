package no.samspill.ui.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.LookupRepository;
import no.samspill.data.NeedsRepository;
import no.samspill.domain.Ref;
import no.samspill.domain.SharedTask;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.WorkplacePlan;
import no.samspill.ui.common.ViewModelContext;

/** The workplaces' needs and capacity per period, and the tasks shared out to candidates: listed, recorded, edited, deleted, each change audited. */
public final class NeedsViewModel {

    private final NeedsRepository repository;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final ObservableList<WorkplacePlan> plans = FXCollections.observableArrayList();
    private final ObservableList<SharedTask> tasks = FXCollections.observableArrayList();
    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();
    private final ObservableList<Ref> events = FXCollections.observableArrayList();

    public NeedsViewModel(NeedsRepository repository, LookupRepository lookups, ViewModelContext context) {
        this.repository = repository;
        this.lookups = lookups;
        this.context = context;
    }

    public void load() {
        long mid = context.municipalityId();
        context.task(() -> new Loaded(repository.plans().of(mid), repository.tasks().of(mid), lookups.workplaces(mid),
                lookups.involvementEvents(mid))).load().onSuccess(l -> {
                    workplaces.setAll(l.workplaces());
                    events.setAll(l.events());
                    plans.setAll(l.plans());
                    tasks.setAll(l.tasks());
                }).start();
    }

    /** A new plan for the rest of this year, with nothing needed and no places until the user says. */
    public PlanForm newPlan() {
        LocalDate today = context.today();
        return new PlanForm(new WorkplacePlan(null, context.municipalityId(), null, today, LocalDate.of(today.getYear(), 12, 31),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0), workplaces, plans);
    }

    public PlanForm edit(WorkplacePlan p) {
        return new PlanForm(p, workplaces, plans);
    }

    public void save(PlanForm f) {
        WorkplacePlan p = f.toRecord();
        context.task(() -> repository.plans().save(p, f.seen())).onSuccess(saved -> load()).start();
    }

    public void delete(WorkplacePlan p) {
        context.action(() -> repository.plans().delete(p.id())).onSuccess(done -> load()).start();
    }

    /** The pick that stands for every workplace in the task form; no workplace has id 0. */
    public Ref everywhere(String label) {
        return new Ref(0, label);
    }

    public TaskForm newTask(Ref everywhere) {
        return new TaskForm(new SharedTask(null, context.municipalityId(), null, "", TaskStatus.IDENTIFIED, null), workplaces, everywhere, events);
    }

    public TaskForm edit(SharedTask t, Ref everywhere) {
        return new TaskForm(t, workplaces, everywhere, events);
    }

    public void save(TaskForm f) {
        SharedTask t = f.toRecord();
        context.task(() -> repository.tasks().save(t, f.seen())).onSuccess(saved -> load()).start();
    }

    public void delete(SharedTask t) {
        context.action(() -> repository.tasks().delete(t.id())).onSuccess(done -> load()).start();
    }

    /** The starting list and the tasks already recorded, each once, for the task field to suggest. */
    public List<String> taskSuggestions() {
        return Stream.concat(SharedTask.STARTING_LIST.stream(), tasks.stream().map(SharedTask::task)).distinct().toList();
    }

    public String workplaceName(Long id) {
        return name(workplaces, id);
    }

    public String eventName(Long id) {
        return name(events, id);
    }

    private static String name(List<Ref> refs, Long id) {
        return id == null ? null : refs.stream().filter(r -> Objects.equals(r.id(), id)).map(Ref::name).findFirst().orElse("");
    }

    public ObservableList<WorkplacePlan> plans() {
        return plans;
    }

    public ObservableList<SharedTask> tasks() {
        return tasks;
    }

    public ObservableList<Ref> workplaces() {
        return workplaces;
    }

    public ObservableList<Ref> events() {
        return events;
    }

    private record Loaded(List<WorkplacePlan> plans, List<SharedTask> tasks, List<Ref> workplaces, List<Ref> events) {
    }
}
