package no.samspill.data;

import static no.samspill.data.schema.Tables.NAV_MEASURE;

import java.util.List;
import no.samspill.data.schema.tables.records.NavMeasureRecord;
import no.samspill.domain.MeasurePeriod;
import org.jooq.DSLContext;

/** A candidate's periods in Nav's measures, each save and delete one audited transaction. */
public final class MeasureRepository {

    static final Stored<MeasurePeriod, NavMeasureRecord> PERIODS = Stored.of(NAV_MEASURE, NAV_MEASURE.ID, MeasurePeriod::id,
            NAV_MEASURE.CANDIDATE_ID, MeasurePeriod::candidateId, MeasureRepository::toDomain, (m, r) -> {
                r.setMeasureCode(m.measure());
                r.setStartDate(m.start());
                r.setEndDate(m.end());
                r.setNavOfficeId(m.navOfficeId());
            });

    private final DSLContext dsl;
    private final AuditedWrites writes;

    public MeasureRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.writes = new AuditedWrites(audit);
    }

    public List<MeasurePeriod> periods(long candidateId) {
        return dsl.selectFrom(NAV_MEASURE).where(NAV_MEASURE.CANDIDATE_ID.eq(candidateId))
                .orderBy(NAV_MEASURE.START_DATE, NAV_MEASURE.ID).fetch(MeasureRepository::toDomain);
    }

    public MeasurePeriod save(MeasurePeriod period) {
        period.validate();
        return dsl.transactionResult(cfg -> writes.save(cfg.dsl(), PERIODS, period).value());
    }

    public void delete(long id) {
        dsl.transaction(cfg -> writes.delete(cfg.dsl(), PERIODS, id));
    }

    static MeasurePeriod toDomain(NavMeasureRecord r) {
        return new MeasurePeriod(r.getId(), r.getCandidateId(), r.getMeasureCode(), r.getStartDate(), r.getEndDate(), r.getNavOfficeId());
    }
}
