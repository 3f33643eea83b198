package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.MENTOR;
import static no.samspill.data.schema.Tables.PARTNER_ORGANISATION;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.util.List;
import no.samspill.data.schema.tables.records.PartnerOrganisationRecord;
import no.samspill.data.schema.tables.records.WorkplaceRecord;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.RefusedException;
import no.samspill.domain.Workplace;
import org.jooq.DSLContext;

/** The workplace registry and the partner organisations (Nav offices, county, training offices). */
public final class WorkplaceRepository {

    static final Stored<Workplace, WorkplaceRecord> WORKPLACES = Stored.of(WORKPLACE, WORKPLACE.ID, Workplace::id,
            WORKPLACE.MUNICIPALITY_ID, Workplace::municipalityId, WorkplaceRepository::toDomain, (w, r) -> {
                r.setName(w.name());
                r.setWorkplaceType(w.type());
                r.setActive(w.active());
            });
    static final Stored<PartnerOrganisation, PartnerOrganisationRecord> PARTNERS = Stored.of(PARTNER_ORGANISATION,
            PARTNER_ORGANISATION.ID, PartnerOrganisation::id, PARTNER_ORGANISATION.MUNICIPALITY_ID,
            PartnerOrganisation::municipalityId, WorkplaceRepository::toDomain, (p, r) -> {
                r.setName(p.name());
                r.setPartnerType(p.type());
            });

    private final DSLContext dsl;
    private final AuditedWrites writes;

    public WorkplaceRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.writes = new AuditedWrites(audit);
    }

    public List<Workplace> workplaces(long municipalityId) {
        return dsl.selectFrom(WORKPLACE).where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(WORKPLACE.NAME, WORKPLACE.ID).fetch(WorkplaceRepository::toDomain);
    }

    public Workplace save(Workplace w) {
        return save(w, null);
    }

    /** As above, refused ({@link ChangedElsewhereException}) when the stored record is no longer {@code seen}. */
    public Workplace save(Workplace w, Workplace seen) {
        Workplace clean = new Workplace(w.id(), w.municipalityId(), strip(w.name()), w.type(), w.active());
        clean.validate();
        return dsl.transactionResult(cfg -> writes.saveOver(cfg.dsl(), WORKPLACES, clean, seen).value());
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
            writes.delete(tx, WORKPLACES, id);
        });
    }

    public List<PartnerOrganisation> partners(long municipalityId) {
        return dsl.selectFrom(PARTNER_ORGANISATION).where(PARTNER_ORGANISATION.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(PARTNER_ORGANISATION.NAME, PARTNER_ORGANISATION.ID).fetch(WorkplaceRepository::toDomain);
    }

    public PartnerOrganisation save(PartnerOrganisation p) {
        return save(p, null);
    }

    /** As above, refused ({@link ChangedElsewhereException}) when the stored record is no longer {@code seen}. */
    public PartnerOrganisation save(PartnerOrganisation p, PartnerOrganisation seen) {
        PartnerOrganisation clean = new PartnerOrganisation(p.id(), p.municipalityId(), strip(p.name()), p.type());
        clean.validate();
        return dsl.transactionResult(cfg -> writes.saveOver(cfg.dsl(), PARTNERS, clean, seen).value());
    }

    /** Candidates referred by a deleted Nav office keep their record; the link is cleared. */
    public void deletePartner(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, PARTNERS, id);
        });
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static Workplace toDomain(WorkplaceRecord r) {
        return new Workplace(r.getId(), r.getMunicipalityId(), r.getName(), r.getWorkplaceType(), r.getActive());
    }

    static PartnerOrganisation toDomain(PartnerOrganisationRecord r) {
        return new PartnerOrganisation(r.getId(), r.getMunicipalityId(), r.getName(), r.getPartnerType());
    }
}
