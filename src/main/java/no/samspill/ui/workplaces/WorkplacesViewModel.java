package no.samspill.ui.workplaces;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.WorkplaceRepository;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.common.ViewModelContext;

/** The workplace registry and the partner organisations of one municipality. */
public final class WorkplacesViewModel {

    private final WorkplaceRepository repository;
    private final ViewModelContext context;
    private final long municipalityId;
    private final ObservableList<Workplace> workplaces = FXCollections.observableArrayList();
    private final ObservableList<PartnerOrganisation> partners = FXCollections.observableArrayList();

    public WorkplacesViewModel(WorkplaceRepository repository, ViewModelContext context) {
        this.repository = repository;
        this.context = context;
        this.municipalityId = context.municipalityId();
    }

    public void refresh() {
        context.task(() -> new Lists(repository.workplaces(municipalityId), repository.partners(municipalityId))).load().onSuccess(lists -> {
            workplaces.setAll(lists.workplaces());
            partners.setAll(lists.partners());
        }).start();
    }

    public long municipalityId() {
        return municipalityId;
    }

    public WorkplaceForm newWorkplace() {
        return new WorkplaceForm(new Workplace(null, municipalityId, "", WorkplaceType.NURSING_HOME, true));
    }

    public WorkplaceForm edit(Workplace w) {
        return new WorkplaceForm(w);
    }

    public PartnerForm newPartner() {
        return new PartnerForm(new PartnerOrganisation(null, municipalityId, "", PartnerType.NAV_OFFICE));
    }

    public PartnerForm edit(PartnerOrganisation p) {
        return new PartnerForm(p);
    }

    public void save(WorkplaceForm f) {
        Workplace w = f.toRecord();
        Workplace seen = f.seen();
        context.task(() -> repository.save(w, seen)).onSuccess(saved -> refresh()).start();
    }

    public void save(PartnerForm f) {
        PartnerOrganisation p = f.toRecord();
        PartnerOrganisation seen = f.seen();
        context.task(() -> repository.save(p, seen)).onSuccess(saved -> refresh()).start();
    }

    public void save(Workplace w) {
        context.task(() -> repository.save(w)).onSuccess(saved -> refresh()).start();
    }

    public void save(PartnerOrganisation p) {
        context.task(() -> repository.save(p)).onSuccess(saved -> refresh()).start();
    }

    public void deleteWorkplace(long id) {
        context.action(() -> repository.delete(id)).onSuccess(done -> refresh()).start();
    }

    public void deletePartner(long id) {
        context.action(() -> repository.deletePartner(id)).onSuccess(done -> refresh()).start();
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
