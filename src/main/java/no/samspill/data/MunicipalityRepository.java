package no.samspill.data;

import static no.samspill.data.schema.Tables.MUNICIPALITY;

import java.util.List;
import java.util.Optional;
import no.samspill.data.schema.tables.records.MunicipalityRecord;
import no.samspill.domain.Municipality;
import no.samspill.domain.RecordDiff;
import org.jooq.DSLContext;

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
        audit.record(tx, "municipality", id, AuditLog.Action.CREATE, RecordDiff.allFields(m));
        return new Municipality(id, m.number(), m.name().strip(), m.demo());
    }

    private static Municipality toDomain(MunicipalityRecord r) {
        return new Municipality(r.getId(), r.getKommunenummer(), r.getName(), r.getIsDemo());
    }
}
