package no.samspill.ui.workplaces;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.WorkplaceRepository;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.Workplace;
import no.samspill.ui.common.TaskRunner;

/** The workplace registry and the partner organisations of one municipality. */
public final class WorkplacesViewModel {

    private final WorkplaceRepository repository;
    private final TaskRunner tasks;
    private final long municipalityId;
    private final Consumer<Throwable> onError;
    private final ObservableList<Workplace> workplaces = FXCollections.observableArrayList();
    private final ObservableList<PartnerOrganisation> partners = FXCollections.observableArrayList();

    public WorkplacesViewModel(WorkplaceRepository repository, TaskRunner tasks, long municipalityId, Consumer<Throwable> onError) {
        this.repository = repository;
        this.tasks = tasks;
        this.municipalityId = municipalityId;
        this.onError = onError;
    }

    public void refresh() {
        tasks.run(() -> new Lists(repository.workplaces(municipalityId), repository.partners(municipalityId)), lists -> {
            workplaces.setAll(lists.workplaces());
            partners.setAll(lists.partners());
        }, onError);
    }

    public long municipalityId() {
        return municipalityId;
    }

    public void save(Workplace w) {
        tasks.run(() -> repository.save(w), saved -> refresh(), onError);
    }

    public void save(PartnerOrganisation p) {
        tasks.run(() -> repository.save(p), saved -> refresh(), onError);
    }

    public void deleteWorkplace(long id) {
        tasks.run(() -> {
            repository.delete(id);
            return id;
        }, done -> refresh(), onError);
    }

    public void deletePartner(long id) {
        tasks.run(() -> {
            repository.deletePartner(id);
            return id;
        }, done -> refresh(), onError);
    }

    public ObservableList<Workplace> workplaces() {
        return workplaces;
    }

    public ObservableList<PartnerOrganisation> partners() {
        return partners;
    }

    private record Lists(List<Workplace> workplaces, List<PartnerOrganisation> partners) {
    }
}
