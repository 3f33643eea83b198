package no.samspill.ui.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.TrainingRepository;
import no.samspill.domain.DueItem;
import no.samspill.ui.common.TaskRunner;

/** Every open training step of the municipality, filtered by when it falls due. */
public final class TrainingOverviewViewModel {

    /** Which open steps to show. */
    public enum Range { ALL, OVERDUE, NEXT_30_DAYS }

    private final TrainingRepository training;
    private final TaskRunner tasks;
    private final Clock clock;
    private final long municipalityId;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.ALL);
    private final ObservableList<DueItem> steps = FXCollections.observableArrayList();
    private List<DueItem> all = List.of();

    public TrainingOverviewViewModel(TrainingRepository training, TaskRunner tasks, Clock clock, long municipalityId,
                                     Consumer<Throwable> onError) {
        this.training = training;
        this.tasks = tasks;
        this.clock = clock;
        this.municipalityId = municipalityId;
        this.onError = onError;
        range.addListener(x -> apply());
    }

    public void refresh() {
        tasks.run(() -> training.openSteps(municipalityId), list -> {
            all = list;
            apply();
        }, onError);
    }

    private void apply() {
        LocalDate today = today();
        steps.setAll(all.stream().filter(s -> switch (range.get()) {
            case ALL -> true;
            case OVERDUE -> s.due().isBefore(today);
            case NEXT_30_DAYS -> !s.due().isBefore(today) && !s.due().isAfter(today.plusDays(30));
        }).toList());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    public ObservableList<DueItem> steps() {
        return steps;
    }
}
