package no.samspill.data;

import static no.samspill.data.schema.Tables.COOPERATION_AGREEMENT;
import static no.samspill.data.schema.Tables.COOPERATION_MEETING;

import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.tables.records.CooperationAgreementRecord;
import no.samspill.data.schema.tables.records.CooperationMeetingRecord;
import no.samspill.domain.CooperationAgreement;
import no.samspill.domain.CooperationMeeting;
import org.jooq.DSLContext;

/** The cooperation agreement and the log of meetings and decisions with Nav, the fylkeskommune and the training office. */
public final class CooperationRepository {

    static final Stored<CooperationAgreement, CooperationAgreementRecord> AGREEMENTS = Stored.of(COOPERATION_AGREEMENT,
            COOPERATION_AGREEMENT.ID, CooperationAgreement::id, COOPERATION_AGREEMENT.MUNICIPALITY_ID, CooperationAgreement::municipalityId,
            r -> new CooperationAgreement(r.getId(), r.getMunicipalityId(), r.getParties(), r.getStartDate(), r.getEndDate()), (a, r) -> {
                r.setParties(a.parties().strip());
                r.setStartDate(a.start());
                r.setEndDate(a.end());
            });
    static final Stored<CooperationMeeting, CooperationMeetingRecord> MEETINGS = Stored.of(COOPERATION_MEETING,
            COOPERATION_MEETING.ID, CooperationMeeting::id, COOPERATION_MEETING.MUNICIPALITY_ID, CooperationMeeting::municipalityId,
            r -> new CooperationMeeting(r.getId(), r.getMunicipalityId(), r.getMeetingDate(), r.getPartner(), r.getMeetingKind(),
                    r.getTopic(), r.getOutcome(), r.getFollowUpDate(), r.getFollowUpDone()), (m, r) -> {
                r.setMeetingDate(m.date());
                r.setPartner(m.partner());
                r.setMeetingKind(m.kind());
                r.setTopic(m.topic().strip());
                r.setOutcome(m.outcome() == null || m.outcome().isBlank() ? null : m.outcome().strip());
                r.setFollowUpDate(m.followUp());
                r.setFollowUpDone(m.followUpDone());
            });

    private final OwnedRecords<CooperationAgreement, CooperationAgreementRecord> agreements;
    private final OwnedRecords<CooperationMeeting, CooperationMeetingRecord> meetings;

    public CooperationRepository(DSLContext dsl, AuditLog audit) {
        this.agreements = new OwnedRecords<>(dsl, audit, AGREEMENTS, CooperationAgreement::validate,
                COOPERATION_AGREEMENT.START_DATE.desc(), COOPERATION_AGREEMENT.ID);
        this.meetings = new OwnedRecords<>(dsl, audit, MEETINGS, CooperationMeeting::validate,
                COOPERATION_MEETING.MEETING_DATE.desc(), COOPERATION_MEETING.ID.desc());
    }

    /** A municipality's cooperation agreements, the newest first. */
    public OwnedRecords<CooperationAgreement, CooperationAgreementRecord> agreements() {
        return agreements;
    }

    /** A municipality's cooperation log, the newest entry first. */
    public OwnedRecords<CooperationMeeting, CooperationMeetingRecord> meetings() {
        return meetings;
    }

    /** The log entries whose follow-up is due today or overdue and not yet done, for Oversikt. */
    public List<CooperationMeeting> followUpsDue(long municipalityId, LocalDate today) {
        return meetings.of(municipalityId).stream().filter(m -> m.followUpDue(today)).toList();
    }
}
