package no.samspill.data;

import static no.samspill.data.schema.Tables.COOPERATION_AGREEMENT;
import static no.samspill.data.schema.Tables.COOPERATION_MEETING;

import java.time.LocalDate;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationPartner;
import org.jooq.DSLContext;

/** The demo's cooperation agreement and log: four entries this year, one with a follow-up that is due. */
final class DemoCooperation {

    private DemoCooperation() {
    }

    static void create(DSLContext tx, long municipalityId, LocalDate today) {
        tx.insertInto(COOPERATION_AGREEMENT).set(COOPERATION_AGREEMENT.MUNICIPALITY_ID, municipalityId)
                .set(COOPERATION_AGREEMENT.PARTIES, "Fjordvik kommune, Nav Fjordvik, Vestland fylkeskommune og Opplæringskontoret for helse")
                .set(COOPERATION_AGREEMENT.START_DATE, LocalDate.of(today.getYear() - 1, 1, 1)).execute();
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        meeting(tx, municipalityId, later(yearStart, today.minusDays(200)), CooperationPartner.NAV, CooperationKind.MEETING,
                "Kvartalsmøte om rekruttering", "Tre nye kandidater til hjemmetjenesten etter behovet der.", null);
        meeting(tx, municipalityId, later(yearStart, today.minusDays(120)), CooperationPartner.FYLKESKOMMUNE, CooperationKind.MEETING,
                "Fagbrev på jobb for deltakerne", "Fylkeskommunen sjekker praksiskandidatordningen for to deltakere.", today.minusDays(10));
        meeting(tx, municipalityId, later(yearStart, today.minusDays(60)), CooperationPartner.OPPLAERINGSKONTOR, CooperationKind.DECISION,
                "Læreplasser neste år", "Fire læreplasser i helsearbeiderfaget holdes av.", null);
        meeting(tx, municipalityId, later(yearStart, today.minusDays(14)), CooperationPartner.NAV, CooperationKind.MEETING,
                "Arbeid med støtte – oppfølging", null, today.plusDays(30));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void meeting(DSLContext tx, long municipalityId, LocalDate date, CooperationPartner partner, CooperationKind kind,
                                String topic, String outcome, LocalDate followUp) {
        tx.insertInto(COOPERATION_MEETING).set(COOPERATION_MEETING.MUNICIPALITY_ID, municipalityId)
                .set(COOPERATION_MEETING.MEETING_DATE, date).set(COOPERATION_MEETING.PARTNER, partner)
                .set(COOPERATION_MEETING.MEETING_KIND, kind).set(COOPERATION_MEETING.TOPIC, topic)
                .set(COOPERATION_MEETING.OUTCOME, outcome)
                .set(COOPERATION_MEETING.FOLLOW_UP_DATE, followUp != null && followUp.isBefore(date) ? date : followUp).execute();
    }
}
