package no.samspill.data;

import static no.samspill.data.schema.Tables.APPRENTICESHIP_CONTRACT;
import static no.samspill.data.schema.Tables.INCOME_PERIOD;
import static no.samspill.data.schema.Tables.NAV_MEASURE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.tables.records.ApprenticeshipContractRecord;
import no.samspill.data.schema.tables.records.IncomePeriodRecord;
import no.samspill.data.schema.tables.records.NavMeasureRecord;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.MeasurePeriod;
import org.jooq.DSLContext;

/**
 * What Nav and the training office do for a candidate, beside the programme's own steps: periods in
 * Nav's measures, periods on a Nav benefit or a municipal wage, and signed lærekontrakter.
 */
public final class MeasureRepository {

    static final Stored<MeasurePeriod, NavMeasureRecord> PERIODS = Stored.of(NAV_MEASURE, NAV_MEASURE.ID, MeasurePeriod::id,
            NAV_MEASURE.CANDIDATE_ID, MeasurePeriod::candidateId, MeasureRepository::toDomain, (m, r) -> {
                r.setMeasureCode(m.measure());
                r.setStartDate(m.start());
                r.setEndDate(m.end());
                r.setNavOfficeId(m.navOfficeId());
            });
    static final Stored<IncomePeriod, IncomePeriodRecord> INCOMES = Stored.of(INCOME_PERIOD, INCOME_PERIOD.ID, IncomePeriod::id,
            INCOME_PERIOD.CANDIDATE_ID, IncomePeriod::candidateId,
            r -> new IncomePeriod(r.getId(), r.getCandidateId(), r.getIncomeSource(), r.getStartDate(), r.getEndDate()), (m, r) -> {
                r.setIncomeSource(m.source());
                r.setStartDate(m.start());
                r.setEndDate(m.end());
            });
    static final Stored<ApprenticeshipContract, ApprenticeshipContractRecord> CONTRACTS = Stored.of(APPRENTICESHIP_CONTRACT,
            APPRENTICESHIP_CONTRACT.ID, ApprenticeshipContract::id, APPRENTICESHIP_CONTRACT.CANDIDATE_ID, ApprenticeshipContract::candidateId,
            r -> new ApprenticeshipContract(r.getId(), r.getCandidateId(), r.getSignedDate(), r.getGuaranteed(), r.getWorkplaceId()),
            (c, r) -> {
                r.setSignedDate(c.signed());
                r.setGuaranteed(c.guaranteed());
                r.setWorkplaceId(c.workplaceId());
            });

    private final OwnedRecords<MeasurePeriod, NavMeasureRecord> measures;
    private final OwnedRecords<IncomePeriod, IncomePeriodRecord> incomes;
    private final OwnedRecords<ApprenticeshipContract, ApprenticeshipContractRecord> contracts;

    public MeasureRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.measures = new OwnedRecords<>(dsl, audit, PERIODS, MeasurePeriod::validate, NAV_MEASURE.START_DATE, NAV_MEASURE.ID);
        this.incomes = new OwnedRecords<>(dsl, audit, INCOMES, IncomePeriod::validate, INCOME_PERIOD.START_DATE, INCOME_PERIOD.ID);
        this.contracts = new OwnedRecords<>(dsl, audit, CONTRACTS, c -> c.validate(LocalDate.now(clock)),
                APPRENTICESHIP_CONTRACT.SIGNED_DATE, APPRENTICESHIP_CONTRACT.ID);
    }

    public List<MeasurePeriod> periods(long candidateId) {
        return measures.of(candidateId);
    }

    public MeasurePeriod save(MeasurePeriod period) {
        return measures.save(period);
    }

    public MeasurePeriod save(MeasurePeriod period, MeasurePeriod seen) {
        return measures.save(period, seen);
    }

    public void delete(long id) {
        measures.delete(id);
    }

    /** The candidate's periods on a Nav benefit or a municipal wage. */
    public OwnedRecords<IncomePeriod, IncomePeriodRecord> incomes() {
        return incomes;
    }

    /** The candidate's signed lærekontrakter. */
    public OwnedRecords<ApprenticeshipContract, ApprenticeshipContractRecord> contracts() {
        return contracts;
    }

    static MeasurePeriod toDomain(NavMeasureRecord r) {
        return new MeasurePeriod(r.getId(), r.getCandidateId(), r.getMeasureCode(), r.getStartDate(), r.getEndDate(), r.getNavOfficeId());
    }
}
