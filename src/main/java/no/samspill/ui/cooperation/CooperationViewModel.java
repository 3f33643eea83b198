package no.samspill.ui.cooperation;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CooperationRepository;
import no.samspill.domain.CooperationAgreement;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationMeeting;
import no.samspill.domain.CooperationPartner;
import no.samspill.ui.common.ViewModelContext;

/** The cooperation agreement and log for the municipality: listed, recorded, edited and deleted, each change audited. */
public final class CooperationViewModel {

    private final CooperationRepository repository;
    private final ViewModelContext context;
    private final ObservableList<CooperationMeeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<CooperationAgreement> agreements = FXCollections.observableArrayList();

    public CooperationViewModel(CooperationRepository repository, ViewModelContext context) {
        this.repository = repository;
        this.context = context;
    }

    public void load() {
        long mid = context.municipalityId();
        context.task(() -> new Loaded(repository.meetings().of(mid), repository.agreements().of(mid))).load().onSuccess(l -> {
            meetings.setAll(l.meetings());
            agreements.setAll(l.agreements());
        }).start();
    }

    public MeetingForm newMeeting() {
        return new MeetingForm(new CooperationMeeting(null, context.municipalityId(), context.today(), CooperationPartner.NAV,
                CooperationKind.MEETING, "", "", null, false));
    }

    public MeetingForm edit(CooperationMeeting m) {
        return new MeetingForm(m);
    }

    public void save(MeetingForm f) {
        CooperationMeeting m = f.toRecord();
        context.task(() -> repository.meetings().save(m, f.seen())).onSuccess(saved -> load()).start();
    }

    public void delete(CooperationMeeting m) {
        context.action(() -> repository.meetings().delete(m.id())).onSuccess(done -> load()).start();
    }

    public AgreementForm newAgreement() {
        return new AgreementForm(new CooperationAgreement(null, context.municipalityId(), "", context.today(), null));
    }

    public AgreementForm edit(CooperationAgreement a) {
        return new AgreementForm(a);
    }

    public void save(AgreementForm f) {
        CooperationAgreement a = f.toRecord();
        context.task(() -> repository.agreements().save(a, f.seen())).onSuccess(saved -> load()).start();
    }

    public void delete(CooperationAgreement a) {
        context.action(() -> repository.agreements().delete(a.id())).onSuccess(done -> load()).start();
    }

    public ObservableList<CooperationMeeting> meetings() {
        return meetings;
    }

    public ObservableList<CooperationAgreement> agreements() {
        return agreements;
    }

    private record Loaded(List<CooperationMeeting> meetings, List<CooperationAgreement> agreements) {
    }
}
