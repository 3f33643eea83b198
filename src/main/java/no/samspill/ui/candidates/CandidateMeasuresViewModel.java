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
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.Candidate;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.IncomeSource;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Ref;
import no.samspill.ui.common.ViewModelContext;

/**
 * The Nav-tiltak tab: the candidate's periods in Nav's measures with the Nav office of each, the
 * periods on a Nav benefit or a municipal wage, and the signed lærekontrakter.
 */
public final class CandidateMeasuresViewModel {

    private final MeasureRepository measures;
    private final CandidateRepository candidates;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final ObjectProperty<Long> candidateId = new SimpleObjectProperty<>();
    private final ObservableList<MeasurePeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<Ref> offices = FXCollections.observableArrayList();
    private final ObservableList<IncomePeriod> incomes = FXCollections.observableArrayList();
    private final ObservableList<ApprenticeshipContract> contracts = FXCollections.observableArrayList();
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
            incomes.clear();
            contracts.clear();
            return;
        }
        context.task(() -> new Loaded(measures.periods(id), lookups.navOffices(context.municipalityId()),
                candidates.find(id).map(Candidate::navOfficeId).orElse(null), measures.incomes().of(id), measures.contracts().of(id))).load().onSuccess(l -> {
                    if (id.equals(candidateId.get())) {
                        periods.setAll(l.periods());
                        incomes.setAll(l.incomes());
                        contracts.setAll(l.contracts());
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
        return new MeasureForm(m, offices, List.copyOf(periods));
    }

    public String officeName(Long id) {
        return id == null ? "" : offices.stream().filter(o -> o.id() == id).map(Ref::name).findFirst().orElse("");
    }

    public void save(MeasureForm f) {
        MeasurePeriod period = f.toRecord();
        context.task(() -> measures.save(period, f.seen())).onSuccess(saved -> changed()).start();
    }

    public void delete(MeasurePeriod period) {
        context.action(() -> measures.delete(period.id())).onSuccess(done -> changed()).start();
    }

    /** A period on a Nav benefit from today, until the user picks otherwise. */
    public IncomeForm newIncome() {
        return edit(new IncomePeriod(null, candidateId.get(), IncomeSource.NAV_BENEFIT, context.today(), null));
    }

    public IncomeForm edit(IncomePeriod p) {
        return new IncomeForm(p, List.copyOf(incomes));
    }

    public void save(IncomeForm f) {
        IncomePeriod p = f.toRecord();
        context.task(() -> measures.incomes().save(p, f.seen())).onSuccess(saved -> changed()).start();
    }

    public void delete(IncomePeriod p) {
        context.action(() -> measures.incomes().delete(p.id())).onSuccess(done -> changed()).start();
    }

    public ContractForm newContract() {
        return new ContractForm(new ApprenticeshipContract(null, candidateId.get(), context.today(), false, null), context.today());
    }

    public ContractForm edit(ApprenticeshipContract c) {
        return new ContractForm(c, context.today());
    }

    public void save(ContractForm f) {
        ApprenticeshipContract c = f.toRecord();
        context.task(() -> measures.contracts().save(c, f.seen())).onSuccess(saved -> changed()).start();
    }

    public void delete(ApprenticeshipContract c) {
        context.action(() -> measures.contracts().delete(c.id())).onSuccess(done -> changed()).start();
    }

    public ObservableList<IncomePeriod> incomes() {
        return incomes;
    }

    public ObservableList<ApprenticeshipContract> contracts() {
        return contracts;
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

    private record Loaded(List<MeasurePeriod> periods, List<Ref> offices, Long candidateOffice, List<IncomePeriod> incomes,
                          List<ApprenticeshipContract> contracts) {
    }
}
