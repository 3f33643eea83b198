package no.samspill.data;

import static no.samspill.data.schema.Tables.MUNICIPALITY;

import java.util.List;
import java.util.Optional;
import no.samspill.data.schema.tables.records.MunicipalityRecord;
import no.samspill.domain.Municipality;
import no.samspill.domain.RecordDiff;
import org.jooq.DSLContext;
import no.samspill.data.schema.Tables;

public final class MunicipalityRepository {

    private final DSLContext dsl;
    private final AuditLog audit;

    public MunicipalityRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public List<Municipality> findAll() {
        return dsl.selectFrom(MUNICIPALITY).orderBy(MUNICIPALITY.KOMMUNENUMMER).fetch(MunicipalityRepository::toDomain);
    }

    public Optional<Municipality> find(long id) {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.ID.eq(id)).fetchOptional(MunicipalityRepository::toDomain);
    }

    public Optional<Municipality> findByNumber(String number) {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.KOMMUNENUMMER.eq(number)).fetchOptional(MunicipalityRepository::toDomain);
    }

    public boolean existsNumber(String number) {
        return dsl.fetchExists(MUNICIPALITY, MUNICIPALITY.KOMMUNENUMMER.eq(number));
    }

    public Municipality create(Municipality m) {
        return dsl.transactionResult(cfg -> create(cfg.dsl(), m));
    }

    /** For callers that create a municipality as part of a larger transaction (the demo data). */
    Municipality create(DSLContext tx, Municipality m) {
        long id = tx.insertInto(MUNICIPALITY)
                .set(MUNICIPALITY.KOMMUNENUMMER, m.number())
                .set(MUNICIPALITY.NAME, m.name().strip())
                .set(MUNICIPALITY.IS_DEMO, m.demo())
                .returning(MUNICIPALITY.ID)
                .fetchOne(MUNICIPALITY.ID);
        audit.record(tx, AuditLog.entity(MUNICIPALITY), id, AuditLog.Action.CREATE, RecordDiff.allFields(m));
        return new Municipality(id, m.number(), m.name().strip(), m.demo());
    }

    /** How many candidates of the municipality have a national id stored. */
    public int storedNationalIds(long municipalityId) {
        return dsl.fetchCount(Tables.CANDIDATE, Tables.CANDIDATE.MUNICIPALITY_ID
                .eq(municipalityId).and(Tables.CANDIDATE.NATIONAL_ID.isNotNull()));
    }

    /**
     * Turns storing of national ids on or off. Turning it off erases every stored number of the
     * municipality in the same transaction, so the setting always says what the file holds.
     */
    public void setStoreNationalId(long municipalityId, boolean store) {
        var candidate = Tables.CANDIDATE;
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            MunicipalityRecord m = tx.selectFrom(MUNICIPALITY).where(MUNICIPALITY.ID.eq(municipalityId)).forUpdate().fetchSingle();
            m.setStoreNationalId(store);
            m.store();
            audit.record(tx, AuditLog.entity(MUNICIPALITY), municipalityId, AuditLog.Action.UPDATE, List.of("storeNationalId"));
            if (!store) {
                List<Long> cleared = tx.select(candidate.ID).from(candidate)
                        .where(candidate.MUNICIPALITY_ID.eq(municipalityId).and(candidate.NATIONAL_ID.isNotNull())).fetch(candidate.ID);
                tx.update(candidate).setNull(candidate.NATIONAL_ID).where(candidate.ID.in(cleared)).execute();
                for (Long id : cleared) {
                    audit.record(tx, CandidateRepository.KIND.entity(), id, AuditLog.Action.UPDATE, List.of("nationalId"));
                }
            }
        });
    }

    private static Municipality toDomain(MunicipalityRecord r) {
        return new Municipality(r.getId(), r.getKommunenummer(), r.getName(), r.getIsDemo());
    }
}
