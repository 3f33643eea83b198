package no.samspill.data;

import static no.samspill.data.schema.Tables.TRADE_UNION;
import static no.samspill.data.schema.Tables.UNION_REPRESENTATIVE;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.util.List;
import no.samspill.data.schema.tables.records.UnionRepresentativeRecord;
import no.samspill.domain.Ref;
import no.samspill.domain.RepresentativeSummary;
import no.samspill.domain.UnionRepresentative;
import org.jooq.DSLContext;

/** Tillitsvalgte in their roles. Holds the role only: union, level and where, never a membership list. */
public final class RepresentativeRepository {

    static final Stored<UnionRepresentative, UnionRepresentativeRecord> KIND = Stored.of(UNION_REPRESENTATIVE,
            UNION_REPRESENTATIVE.ID, UnionRepresentative::id, UNION_REPRESENTATIVE.MUNICIPALITY_ID,
            UnionRepresentative::municipalityId, RepresentativeRepository::toDomain, (u, r) -> {
                r.setUnionId(u.unionId());
                r.setWorkplaceId(u.workplaceId());
                r.setFullName(u.fullName());
                r.setRoleLevel(u.level());
                r.setActive(u.active());
            });

    private final DSLContext dsl;
    private final AuditedWrites writes;

    public RepresentativeRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.writes = new AuditedWrites(audit);
    }

    public List<Ref> unions() {
        return dsl.select(TRADE_UNION.ID, TRADE_UNION.NAME).from(TRADE_UNION).orderBy(TRADE_UNION.NAME)
                .fetch(r -> new Ref(r.value1(), r.value2()));
    }

    public List<RepresentativeSummary> list(long municipalityId) {
        return dsl.select(UNION_REPRESENTATIVE.ID, UNION_REPRESENTATIVE.FULL_NAME, TRADE_UNION.ID, TRADE_UNION.NAME,
                        UNION_REPRESENTATIVE.WORKPLACE_ID, WORKPLACE.NAME, UNION_REPRESENTATIVE.ROLE_LEVEL,
                        UNION_REPRESENTATIVE.ACTIVE)
                .from(UNION_REPRESENTATIVE)
                .join(TRADE_UNION).on(TRADE_UNION.ID.eq(UNION_REPRESENTATIVE.UNION_ID))
                .leftJoin(WORKPLACE).on(WORKPLACE.ID.eq(UNION_REPRESENTATIVE.WORKPLACE_ID))
                .where(UNION_REPRESENTATIVE.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(UNION_REPRESENTATIVE.FULL_NAME, UNION_REPRESENTATIVE.ID)
                .fetch(r -> new RepresentativeSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    public UnionRepresentative save(UnionRepresentative u) {
        return save(u, null);
    }

    /** As above, refused ({@link ChangedElsewhereException}) when the stored record is no longer {@code seen}. */
    public UnionRepresentative save(UnionRepresentative u, UnionRepresentative seen) {
        UnionRepresentative clean = new UnionRepresentative(u.id(), u.municipalityId(), u.unionId(), u.workplaceId(),
                WorkplaceRepository.strip(u.fullName()), u.level(), u.active());
        clean.validate();
        return dsl.transactionResult(cfg -> writes.saveOver(cfg.dsl(), KIND, clean, seen).value());
    }

    /** A real delete: the person leaves the events they took part in, the events stay. */
    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, KIND, id);
        });
    }

    static UnionRepresentative toDomain(UnionRepresentativeRecord r) {
        return new UnionRepresentative(r.getId(), r.getMunicipalityId(), r.getUnionId(), r.getWorkplaceId(), r.getFullName(),
                r.getRoleLevel(), r.getActive());
    }
}
