package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CandidateRepository;
import no.samspill.data.LookupRepository;
import no.samspill.data.MeasureRepository;
import no.samspill.domain.Candidate;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Ref;
import no.samspill.ui.common.ViewModelContext;

/** The Nav-tiltak tab: the candidate's periods in Nav's measures, with the Nav office of each. */
public final class CandidateMeasuresViewModel {

    private final MeasureRepository measures;
    private final CandidateRepository candidates;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObservableList<MeasurePeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<Ref> offices = FXCollections.observableArrayList();
    private Long candidateOffice;
    private Runnable onChanged = () -> { };

    public CandidateMeasuresViewModel(MeasureRepository measures, CandidateRepository candidates, LookupRepository lookups,
                                      ViewModelContext context) {
        this.measures = measures;
        this.candidates = candidates;
        this.lookups = lookups;
        this.context = context;
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load(Long id) {
        candidateId.set(id);
        if (id == null) {
            periods.clear();
            return;
        }
        context.task(() -> new Loaded(measures.periods(id), lookups.navOffices(context.municipalityId()),
                candidates.find(id).map(Candidate::navOfficeId).orElse(null))).onSuccess(l -> {
                    if (id.equals(candidateId.get())) {
                        periods.setAll(l.periods());
                        offices.setAll(l.offices());
                        candidateOffice = l.candidateOffice();
                    }
                }).start();
    }

    /** A new period of Arbeid med støtte from today, at the candidate's own Nav office, until the user picks otherwise. */
    public MeasureForm newPeriod() {
        return edit(new MeasurePeriod(null, candidateId.get(), NavMeasure.UTVAOONAV, LocalDate.now(context.clock()), null, candidateOffice));
    }

    public MeasureForm edit(MeasurePeriod m) {
        return new MeasureForm(m, offices);
    }

    public String officeName(Long id) {
        return id == null ? "" : offices.stream().filter(o -> o.id() == id).map(Ref::name).findFirst().orElse("");
    }

    public void save(MeasureForm f) {
        MeasurePeriod period = f.toRecord();
        context.task(() -> measures.save(period)).onSuccess(saved -> changed()).start();
    }

    public void delete(MeasurePeriod period) {
        context.action(() -> measures.delete(period.id())).onSuccess(done -> changed()).start();
    }

    private void changed() {
        load(candidateId.get());
        onChanged.run();
    }

    public ObjectProperty<Long> candidateIdProperty() {
        return candidateId;
    }

    public ObservableList<MeasurePeriod> periods() {
        return periods;
    }

    public ObservableList<Ref> offices() {
        return offices;
    }

    private record Loaded(List<MeasurePeriod> periods, List<Ref> offices, Long candidateOffice) {
    }
}
