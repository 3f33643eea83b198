package no.samspill.ui.mentors;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.LookupRepository;
import no.samspill.data.MentorRepository;
import no.samspill.domain.DueItem;
import no.samspill.domain.Mentor;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.Ref;
import no.samspill.ui.common.TaskRunner;

/** Mentors of one municipality, and the active candidates who have none. */
public final class MentorsViewModel {

    private final MentorRepository repository;
    private final LookupRepository lookups;
    private final TaskRunner tasks;
    private final long municipalityId;
    private final Consumer<Throwable> onError;
    private final ObservableList<MentorSummary> mentors = FXCollections.observableArrayList();
    private final ObservableList<DueItem> withoutMentor = FXCollections.observableArrayList();
    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();

    public MentorsViewModel(MentorRepository repository, LookupRepository lookups, TaskRunner tasks, long municipalityId,
                            Consumer<Throwable> onError) {
        this.repository = repository;
        this.lookups = lookups;
        this.tasks = tasks;
        this.municipalityId = municipalityId;
        this.onError = onError;
    }

    public void refresh() {
        tasks.run(() -> new Lists(repository.list(municipalityId), repository.candidatesWithoutMentor(municipalityId),
                lookups.workplaces(municipalityId)), lists -> {
                    mentors.setAll(lists.mentors());
                    withoutMentor.setAll(lists.withoutMentor());
                    workplaces.setAll(lists.workplaces());
                }, onError);
    }

    public long municipalityId() {
        return municipalityId;
    }

    public void save(Mentor m) {
        tasks.run(() -> repository.save(m), saved -> refresh(), onError);
    }

    public void delete(long mentorId) {
        tasks.run(() -> {
            repository.delete(mentorId);
            return mentorId;
        }, done -> refresh(), onError);
    }

    public ObservableList<MentorSummary> mentors() {
        return mentors;
    }

    public ObservableList<DueItem> withoutMentor() {
        return withoutMentor;
    }

    public ObservableList<Ref> workplaces() {
        return workplaces;
    }

    private record Lists(List<MentorSummary> mentors, List<DueItem> withoutMentor, List<Ref> workplaces) {
    }
}
