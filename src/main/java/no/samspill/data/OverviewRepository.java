package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.QUALIFICATION;

import java.time.LocalDate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.YearFigures;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Counts for the Oversikt screen. */
public final class OverviewRepository {

    private final DSLContext dsl;

    public OverviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public YearFigures yearFigures(long municipalityId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Condition ofMunicipality = CANDIDATE.MUNICIPALITY_ID.eq(municipalityId);
        int referred = dsl.fetchCount(CANDIDATE, ofMunicipality.and(CANDIDATE.REFERRAL_DATE.between(from, to)));
        int ended = changesInto(ofMunicipality, CandidateStatus.ENDED, from, to);
        int intoJob = changesInto(ofMunicipality, CandidateStatus.IN_JOB, from, to);
        int fagbrev = qualifications(ofMunicipality, QualificationKind.TRADE_CERTIFICATE, from, to);
        int kompetansebevis = qualifications(ofMunicipality, QualificationKind.COMPETENCE_CERTIFICATE, from, to);
        int events = dsl.fetchCount(INVOLVEMENT_EVENT, INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(municipalityId)
                .and(INVOLVEMENT_EVENT.EVENT_DATE.between(from, to)));
        return new YearFigures(year, referred, ended, intoJob, fagbrev, kompetansebevis, events);
    }

    /** Distinct candidates who moved into {@code status} within the period. */
    private int changesInto(Condition ofMunicipality, CandidateStatus status, LocalDate from, LocalDate to) {
        return dsl.fetchCount(dsl.selectDistinct(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID).from(CANDIDATE_STATUS_CHANGE)
                .join(CANDIDATE).on(CANDIDATE.ID.eq(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID))
                .where(ofMunicipality.and(CANDIDATE_STATUS_CHANGE.STATUS.eq(status))
                        .and(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE.between(from, to))));
    }

    private int qualifications(Condition ofMunicipality, QualificationKind kind, LocalDate from, LocalDate to) {
        return dsl.fetchCount(dsl.select(QUALIFICATION.ID).from(QUALIFICATION)
                .join(CANDIDATE).on(CANDIDATE.ID.eq(QUALIFICATION.CANDIDATE_ID))
                .where(ofMunicipality.and(QUALIFICATION.KIND.eq(kind)).and(QUALIFICATION.ACHIEVED_DATE.between(from, to))));
    }
}
