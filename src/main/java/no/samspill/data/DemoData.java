package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.MENTOR;
import static no.samspill.data.schema.Tables.MENTOR_ASSIGNMENT;
import static no.samspill.data.schema.Tables.PARTNER_ORGANISATION;
import static no.samspill.data.schema.Tables.TRADE_UNION;
import static no.samspill.data.schema.Tables.UNION_REPRESENTATIVE;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.Gender;
import no.samspill.domain.EndReason;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Municipality;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Programme;
import no.samspill.domain.WorkplaceType;
import org.jooq.DSLContext;

/**
 * A fictional municipality with fictional people, for trying the app. Kommunenummer 9999 is not
 * a real one, and the record is flagged as demo so every screen can say so.
 */
public final class DemoData {

    public static final String NUMBER = "9999";
    private static final String[] FIRST = {"Ada", "Bror", "Cecilie", "Didrik", "Embla", "Frode", "Gunnhild",
        "Halvard", "Idun", "Jens", "Kaja", "Lavrans", "Marit", "Njål", "Oda", "Peder", "Ragna", "Sindre",
        "Tiril", "Ulv", "Vilde", "Ylva", "Åsmund", "Østen"};
    private static final String[] LAST = {"Demoli", "Prøvestad", "Eksempelvik", "Fiktivsen", "Testrud",
        "Påskebakk", "Tenktland", "Oppdiktnes"};

    private final DSLContext dsl;
    private final MunicipalityRepository municipalities;
    private final Clock clock;

    public DemoData(DSLContext dsl, MunicipalityRepository municipalities, Clock clock) {
        this.dsl = dsl;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Creates the demo municipality and its people in one transaction. */
    public Municipality create(String name) {
        return dsl.transactionResult(cfg -> seed(cfg.dsl(), name));
    }

    private Municipality seed(DSLContext tx, String name) {
        Municipality m = municipalities.create(tx, new Municipality(null, NUMBER, name, true));
        long mid = m.id();
        List<Long> workplaces = new ArrayList<>();
        workplaces.add(workplace(tx, mid, "Fjordvik sykehjem", WorkplaceType.NURSING_HOME));
        workplaces.add(workplace(tx, mid, "Solsida omsorgssenter", WorkplaceType.NURSING_HOME));
        workplaces.add(workplace(tx, mid, "Hjemmetjenesten nord", WorkplaceType.HOME_CARE));
        workplaces.add(workplace(tx, mid, "Hjemmetjenesten sør", WorkplaceType.HOME_CARE));
        workplaces.add(workplace(tx, mid, "Bakken bofellesskap", WorkplaceType.SUPPORTED_HOUSING));
        long nav = partner(tx, mid, "Nav Fjordvik", PartnerType.NAV_OFFICE);
        partner(tx, mid, "Opplæringskontoret for helsefag", PartnerType.SCHOOL_TRAINING_OFFICE);
        partner(tx, mid, "Fylkeskommunen (demo)", PartnerType.COUNTY_AUTHORITY);

        Random random = new Random(42);
        List<Long> mentors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mentors.add(tx.insertInto(MENTOR)
                    .set(MENTOR.MUNICIPALITY_ID, mid)
                    .set(MENTOR.WORKPLACE_ID, workplaces.get(i % workplaces.size()))
                    .set(MENTOR.FULL_NAME, "Mentor " + FIRST[(i * 5 + 3) % FIRST.length] + " " + LAST[i % LAST.length])
                    .returning(MENTOR.ID).fetchOne(MENTOR.ID));
        }
        List<Long> representatives = List.of(
                representative(tx, mid, "FAGFORBUNDET", null, "Tillitsvalgt Tore Demoli", RepresentativeLevel.MAIN),
                representative(tx, mid, "NSF", workplaces.get(0), "Tillitsvalgt Synne Testrud", RepresentativeLevel.LOCAL));
        DemoActivity activity = new DemoActivity(tx, LocalDate.now(clock));
        long partTimeDiscussion = activity.involvement(mid, workplaces, representatives);
        activity.grants(mid);
        DemoCooperation.create(tx, mid, LocalDate.now(clock));
        DemoNeeds.create(tx, mid, workplaces, partTimeDiscussion, LocalDate.now(clock));

        LocalDate today = LocalDate.now(clock);
        CandidateStatus[] statuses = CandidateStatus.values();
        for (int i = 0; i < 20; i++) {
            CandidateStatus status = statuses[i % statuses.length];
            LocalDate referred = today.minusDays(30L + random.nextInt(500));
            long cid = tx.insertInto(CANDIDATE)
                    .set(CANDIDATE.MUNICIPALITY_ID, mid)
                    .set(CANDIDATE.FULL_NAME, FIRST[i % FIRST.length] + " " + LAST[(i * 3) % LAST.length])
                    .set(CANDIDATE.REFERRAL_SOURCE, ReferralSource.NAV)
                    .set(CANDIDATE.BIRTH_YEAR, today.getYear() - 19 - random.nextInt(12))
                    .set(CANDIDATE.GENDER, i % 7 == 0 ? Gender.NOT_RECORDED : (i % 2 == 0 ? Gender.FEMALE : Gender.MALE))
                    .set(CANDIDATE.NAV_OFFICE_ID, nav)
                    .set(CANDIDATE.REFERRAL_DATE, referred)
                    .set(CANDIDATE.MAIN_WORKPLACE_ID, status == CandidateStatus.REFERRED ? null : workplaces.get(i % workplaces.size()))
                    .set(CANDIDATE.PROGRAMME, (i % 5 == 4 ? Programme.MENN_I_HELSE : Programme.RECRUITMENT_THROUGH_INCLUSION))
                    .set(CANDIDATE.STATUS, status)
                    .returning(CANDIDATE.ID).fetchOne(CANDIDATE.ID);
            LocalDate ended = history(tx, cid, status, referred, today);
            activity.forCandidate(cid, i, status, referred, ended, workplaces.get(i % workplaces.size()));
            if (status != CandidateStatus.REFERRED && status != CandidateStatus.ENDED && i % 6 != 1) {
                tx.insertInto(MENTOR_ASSIGNMENT)
                        .set(MENTOR_ASSIGNMENT.CANDIDATE_ID, cid)
                        .set(MENTOR_ASSIGNMENT.MENTOR_ID, mentors.get(i % mentors.size()))
                        .set(MENTOR_ASSIGNMENT.START_DATE, referred.plusDays(14))
                        .execute();
            }
        }
        return m;
    }

    /** Writes the history up to {@code reached}, three weeks a step but never past today; returns the date of the last change. */
    private static LocalDate history(DSLContext tx, long candidateId, CandidateStatus reached, LocalDate referred, LocalDate today) {
        LocalDate date = referred;
        long step = Math.min(21, ChronoUnit.DAYS.between(referred, today) / Math.max(1, reached.ordinal()));
        for (CandidateStatus s : CandidateStatus.values()) {
            var insert = tx.insertInto(CANDIDATE_STATUS_CHANGE)
                    .set(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID, candidateId)
                    .set(CANDIDATE_STATUS_CHANGE.STATUS, s)
                    .set(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, date);
            if (s == CandidateStatus.ENDED) {
                insert = insert.set(CANDIDATE_STATUS_CHANGE.END_REASON, EndReason.ORDINARY_JOB);
            }
            insert.execute();
            if (s == reached) {
                return date;
            }
            date = date.plusDays(step);
        }
        return date;
    }

    private static long workplace(DSLContext tx, long mid, String name, WorkplaceType type) {
        return tx.insertInto(WORKPLACE).set(WORKPLACE.MUNICIPALITY_ID, mid).set(WORKPLACE.NAME, name)
                .set(WORKPLACE.WORKPLACE_TYPE, type).returning(WORKPLACE.ID).fetchOne(WORKPLACE.ID);
    }

    private static long partner(DSLContext tx, long mid, String name, PartnerType type) {
        return tx.insertInto(PARTNER_ORGANISATION).set(PARTNER_ORGANISATION.MUNICIPALITY_ID, mid)
                .set(PARTNER_ORGANISATION.NAME, name).set(PARTNER_ORGANISATION.PARTNER_TYPE, type)
                .returning(PARTNER_ORGANISATION.ID).fetchOne(PARTNER_ORGANISATION.ID);
    }

    private static long representative(DSLContext tx, long mid, String unionCode, Long workplaceId, String name, RepresentativeLevel level) {
        long unionId = tx.select(TRADE_UNION.ID).from(TRADE_UNION).where(TRADE_UNION.CODE.eq(unionCode)).fetchSingle(TRADE_UNION.ID);
        return tx.insertInto(UNION_REPRESENTATIVE).set(UNION_REPRESENTATIVE.MUNICIPALITY_ID, mid)
                .set(UNION_REPRESENTATIVE.UNION_ID, unionId).set(UNION_REPRESENTATIVE.WORKPLACE_ID, workplaceId)
                .set(UNION_REPRESENTATIVE.FULL_NAME, name).set(UNION_REPRESENTATIVE.ROLE_LEVEL, level)
                .returning(UNION_REPRESENTATIVE.ID).fetchOne(UNION_REPRESENTATIVE.ID);
    }
}
