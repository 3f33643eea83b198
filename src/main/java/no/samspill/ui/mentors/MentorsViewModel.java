package no.samspill.ui.mentors;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.LookupRepository;
import no.samspill.data.MentorRepository;
import no.samspill.domain.DueItem;
import no.samspill.domain.Mentor;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.Ref;
import no.samspill.ui.common.ViewModelContext;

/** Mentors of one municipality, and the active candidates who have none. */
public final class MentorsViewModel {

    private final MentorRepository repository;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final long municipalityId;
    private final ObservableList<MentorSummary> mentors = FXCollections.observableArrayList();
    private final ObservableList<DueItem> withoutMentor = FXCollections.observableArrayList();
    private final ObservableList<Ref> workplaces = FXCollections.observableArrayList();

    public MentorsViewModel(MentorRepository repository, LookupRepository lookups, ViewModelContext context) {
        this.repository = repository;
        this.lookups = lookups;
        this.context = context;
        this.municipalityId = context.municipalityId();
    }

    public void refresh() {
        context.task(() -> new Lists(repository.list(municipalityId), repository.candidatesWithoutMentor(municipalityId),
                lookups.workplaces(municipalityId))).load().onSuccess(lists -> {
                    mentors.setAll(lists.mentors());
                    withoutMentor.setAll(lists.withoutMentor());
                    workplaces.setAll(lists.workplaces());
                }).start();
    }

    public long municipalityId() {
        return municipalityId;
    }

    public MentorForm newMentor() {
        return new MentorForm(new Mentor(null, municipalityId, "", null, true), workplaces);
    }

    public MentorForm edit(MentorSummary s) {
        return new MentorForm(new Mentor(s.id(), municipalityId, s.fullName(), s.workplaceId(), s.active()), workplaces);
    }

    public void save(MentorForm f) {
        Mentor m = f.toRecord();
        Mentor seen = f.seen();
        context.task(() -> repository.save(m, seen)).onSuccess(saved -> refresh()).start();
    }

    public void save(Mentor m) {
        context.task(() -> repository.save(m)).onSuccess(saved -> refresh()).start();
    }

    public void delete(long mentorId) {
        context.action(() -> repository.delete(mentorId)).onSuccess(done -> refresh()).start();
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
