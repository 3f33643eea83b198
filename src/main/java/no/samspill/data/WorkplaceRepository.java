package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.MENTOR;
import static no.samspill.data.schema.Tables.PARTNER_ORGANISATION;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.samspill.data.schema.tables.records.PartnerOrganisationRecord;
import no.samspill.data.schema.tables.records.WorkplaceRecord;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.domain.RecordDiff;
import no.samspill.domain.RefusedException;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import org.jooq.DSLContext;

/** The workplace registry and the partner organisations (Nav offices, county, training offices). */
public final class WorkplaceRepository {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;

    public WorkplaceRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Workplace> workplaces(long municipalityId) {
        return dsl.selectFrom(WORKPLACE).where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(WORKPLACE.NAME, WORKPLACE.ID).fetch(WorkplaceRepository::toDomain);
    }

    public Workplace save(Workplace w) {
        Workplace clean = new Workplace(w.id(), w.municipalityId(), strip(w.name()), w.type(), w.active());
        clean.validate();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (clean.id() == null) {
                WorkplaceRecord r = tx.newRecord(WORKPLACE);
                r.setMunicipalityId(clean.municipalityId());
                copy(clean, r);
                r.store();
                audit.record(tx, "workplace", r.getId(), AuditLog.Action.CREATE, RecordDiff.allFields(clean));
                return toDomain(r);
            }
            WorkplaceRecord r = tx.selectFrom(WORKPLACE).where(WORKPLACE.ID.eq(clean.id())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new RecordNotFoundException("workplace", clean.id()));
            List<String> changed = RecordDiff.changedFields(toDomain(r), clean);
            if (!changed.isEmpty()) {
                copy(clean, r);
                r.setUpdatedAt(OffsetDateTime.now(clock));
                r.store();
                audit.record(tx, "workplace", r.getId(), AuditLog.Action.UPDATE, changed);
            }
            return toDomain(r);
        });
    }

    /**
     * Deletes a workplace nobody points to. One that candidates, mentors or jobs refer to is kept,
     * because deleting it would blank those records; it can be marked inactive instead.
     */
    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int uses = tx.fetchCount(CANDIDATE, CANDIDATE.MAIN_WORKPLACE_ID.eq(id))
                    + tx.fetchCount(MENTOR, MENTOR.WORKPLACE_ID.eq(id))
                    + tx.fetchCount(EMPLOYMENT_SPELL, EMPLOYMENT_SPELL.WORKPLACE_ID.eq(id));
            if (uses > 0) {
                throw new RefusedException("workplaces.delete.inUse");
            }
            audit.delete(tx, WORKPLACE, WORKPLACE.ID, "workplace", id);
        });
    }

    public List<PartnerOrganisation> partners(long municipalityId) {
        return dsl.selectFrom(PARTNER_ORGANISATION).where(PARTNER_ORGANISATION.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(PARTNER_ORGANISATION.NAME, PARTNER_ORGANISATION.ID).fetch(WorkplaceRepository::toDomain);
    }

    public PartnerOrganisation save(PartnerOrganisation p) {
        PartnerOrganisation clean = new PartnerOrganisation(p.id(), p.municipalityId(), strip(p.name()), p.type());
        clean.validate();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PartnerOrganisationRecord r;
            List<String> changed;
            if (clean.id() == null) {
                r = tx.newRecord(PARTNER_ORGANISATION);
                r.setMunicipalityId(clean.municipalityId());
                changed = RecordDiff.allFields(clean);
            } else {
                r = tx.selectFrom(PARTNER_ORGANISATION).where(PARTNER_ORGANISATION.ID.eq(clean.id())).forUpdate()
                        .fetchOptional().orElseThrow(() -> new RecordNotFoundException("partner", clean.id()));
                changed = RecordDiff.changedFields(toDomain(r), clean);
                r.setUpdatedAt(OffsetDateTime.now(clock));
            }
            if (changed.isEmpty()) {
                return clean;
            }
            r.setName(clean.name());
            r.setPartnerType(clean.type().name());
            r.store();
            audit.record(tx, "partner", r.getId(), clean.id() == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, changed);
            return toDomain(r);
        });
    }

    /** Candidates referred by a deleted Nav office keep their record; the link is cleared. */
    public void deletePartner(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            audit.delete(tx, PARTNER_ORGANISATION, PARTNER_ORGANISATION.ID, "partner", id);
        });
    }

    private static void copy(Workplace w, WorkplaceRecord r) {
        r.setName(w.name());
        r.setWorkplaceType(w.type().name());
        r.setActive(w.active());
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static Workplace toDomain(WorkplaceRecord r) {
        return new Workplace(r.getId(), r.getMunicipalityId(), r.getName(), WorkplaceType.valueOf(r.getWorkplaceType()), r.getActive());
    }

    static PartnerOrganisation toDomain(PartnerOrganisationRecord r) {
        return new PartnerOrganisation(r.getId(), r.getMunicipalityId(), r.getName(), PartnerType.valueOf(r.getPartnerType()));
    }
}
