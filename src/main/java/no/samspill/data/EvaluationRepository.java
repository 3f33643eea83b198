package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EVALUATION_NARRATIVE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.data.schema.tables.records.EvaluationNarrativeRecord;
import org.jooq.DSLContext;
import no.samspill.data.schema.Tables;

/**
 * Reads what the indicators are computed from. It never selects a name, contact, national id,
 * birth date or note: what is not read cannot end up in a package.
 */
public final class EvaluationRepository {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;

    public EvaluationRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    public ProgrammeFacts facts(long municipalityId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            return Engine.streaming(tx, () -> new FactsReader(tx).read(municipalityId));
        });
    }

    public Narrative narrative(long municipalityId, int year) {
        return dsl.selectFrom(EVALUATION_NARRATIVE)
                .where(EVALUATION_NARRATIVE.MUNICIPALITY_ID.eq(municipalityId).and(EVALUATION_NARRATIVE.REPORT_YEAR.eq(year)))
                .fetchOptional(r -> new Narrative(text(r.getWhatWorked()), text(r.getBarriers()), text(r.getCooperation()), text(r.getPlans())))
                .orElse(Narrative.EMPTY);
    }

    public void save(long municipalityId, int year, Narrative n) {
        n.validate();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            EvaluationNarrativeRecord r = tx.selectFrom(EVALUATION_NARRATIVE)
                    .where(EVALUATION_NARRATIVE.MUNICIPALITY_ID.eq(municipalityId).and(EVALUATION_NARRATIVE.REPORT_YEAR.eq(year)))
                    .forUpdate().fetchOptional().orElse(null);
            boolean create = r == null;
            if (create) {
                r = tx.newRecord(EVALUATION_NARRATIVE);
                r.setMunicipalityId(municipalityId);
                r.setReportYear(year);
            }
            r.setWhatWorked(n.whatWorked());
            r.setBarriers(n.barriers());
            r.setCooperation(n.cooperation());
            r.setPlans(n.plans());
            r.store();
            audit.record(tx, AuditLog.entity(EVALUATION_NARRATIVE), r.getId(),
                    create ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, List.of("whatWorked", "barriers", "cooperation", "plans"));
        });
    }

    /** Names and national ids of everyone in the municipality's register, for checking the narrative. */
    public List<String> personalValues(long municipalityId) {
        List<String> values = new ArrayList<>();
        values.addAll(dsl.select(CANDIDATE.FULL_NAME).from(CANDIDATE).where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId)).fetch(CANDIDATE.FULL_NAME));
        values.addAll(dsl.select(CANDIDATE.NATIONAL_ID).from(CANDIDATE)
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.NATIONAL_ID.isNotNull())).fetch(CANDIDATE.NATIONAL_ID));
        values.addAll(dsl.select(Tables.MENTOR.FULL_NAME).from(Tables.MENTOR)
                .where(Tables.MENTOR.MUNICIPALITY_ID.eq(municipalityId)).fetch(Tables.MENTOR.FULL_NAME));
        values.addAll(dsl.select(Tables.UNION_REPRESENTATIVE.FULL_NAME).from(Tables.UNION_REPRESENTATIVE)
                .where(Tables.UNION_REPRESENTATIVE.MUNICIPALITY_ID.eq(municipalityId))
                .fetch(Tables.UNION_REPRESENTATIVE.FULL_NAME));
        return values.stream().distinct().collect(Collectors.toList());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
