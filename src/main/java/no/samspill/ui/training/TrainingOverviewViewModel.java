package no.samspill.ui.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.TrainingRepository;
import no.samspill.domain.DueItem;
import no.samspill.ui.common.ViewModelContext;

/** Every open training step of the municipality, filtered by when it falls due. */
public final class TrainingOverviewViewModel {

    /** Which open steps to show. */
    public enum Range { ALL, OVERDUE, NEXT_30_DAYS }

    private final TrainingRepository training;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.ALL);
    private final ObservableList<DueItem> steps = FXCollections.observableArrayList();
    private List<DueItem> all = List.of();

    public TrainingOverviewViewModel(TrainingRepository training, ViewModelContext context) {
        this.training = training;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
        range.addListener(x -> apply());
    }

    public void refresh() {
        context.task(() -> training.openSteps(municipalityId)).load().onSuccess(list -> {
            all = list;
            apply();
        }).start();
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
