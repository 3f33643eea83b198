package no.samspill.data;

import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.PARTNER_ORGANISATION;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.format.DateTimeFormatter;
import java.util.List;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Ref;
import org.jooq.DSLContext;
import no.samspill.data.schema.Tables;

/** The pick lists forms need: workplaces, Nav offices and involvement events of one municipality. */
public final class LookupRepository {

    private final DSLContext dsl;

    public LookupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Ref> workplaces(long municipalityId) {
        return dsl.select(WORKPLACE.ID, WORKPLACE.NAME).from(WORKPLACE)
                .where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId).and(WORKPLACE.ACTIVE))
                .orderBy(WORKPLACE.NAME)
                .fetch(r -> new Ref(r.value1(), r.value2()));
    }

    public boolean storesNationalId(long municipalityId) {
        return dsl.select(Tables.MUNICIPALITY.STORE_NATIONAL_ID).from(Tables.MUNICIPALITY)
                .where(Tables.MUNICIPALITY.ID.eq(municipalityId))
                .fetchOptional(Tables.MUNICIPALITY.STORE_NATIONAL_ID).orElse(false);
    }

    public List<Ref> navOffices(long municipalityId) {
        return dsl.select(PARTNER_ORGANISATION.ID, PARTNER_ORGANISATION.NAME).from(PARTNER_ORGANISATION)
                .where(PARTNER_ORGANISATION.MUNICIPALITY_ID.eq(municipalityId)
                        .and(PARTNER_ORGANISATION.PARTNER_TYPE.eq(PartnerType.NAV_OFFICE)))
                .orderBy(PARTNER_ORGANISATION.NAME)
                .fetch(r -> new Ref(r.value1(), r.value2()));
    }

    /**
     * The involvement events a record can point to as its drøfting with the tillitsvalgte, the newest
     * first, each named by its date and topic (the topic is about the programme, never a person).
     */
    public List<Ref> involvementEvents(long municipalityId) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.uuuu");
        return dsl.select(INVOLVEMENT_EVENT.ID, INVOLVEMENT_EVENT.EVENT_DATE, INVOLVEMENT_EVENT.TOPIC).from(INVOLVEMENT_EVENT)
                .where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(INVOLVEMENT_EVENT.EVENT_DATE.desc(), INVOLVEMENT_EVENT.ID.desc())
                .fetch(r -> new Ref(r.value1(), day.format(r.value2()) + " – " + r.value3()));
    }
}
