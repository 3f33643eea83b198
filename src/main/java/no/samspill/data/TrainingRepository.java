package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.QUALIFICATION;
import static no.samspill.data.schema.Tables.TRAINING_PATH;
import static no.samspill.data.schema.Tables.TRAINING_STEP;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import no.samspill.data.schema.tables.records.TrainingStepRecord;
import no.samspill.domain.Checks;
import no.samspill.domain.DueItem;
import no.samspill.domain.Qualification;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.RecordDiff;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingPath;
import no.samspill.domain.TrainingStep;
import no.samspill.domain.TrainingTemplate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Training paths with their steps, and the formal outcomes (fagbrev, kompetansebevis). */
public final class TrainingRepository {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;

    public TrainingRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TrainingPath> paths(long candidateId) {
        return dsl.selectFrom(TRAINING_PATH).where(TRAINING_PATH.CANDIDATE_ID.eq(candidateId))
                .orderBy(TRAINING_PATH.START_DATE, TRAINING_PATH.ID)
                .fetch(r -> new TrainingPath(r.getId(), r.getCandidateId(), TrainingTemplate.valueOf(r.getTemplate()),
                        r.getTitle(), r.getStartDate()));
    }

    public List<TrainingStep> steps(long pathId) {
        return dsl.selectFrom(TRAINING_STEP).where(TRAINING_STEP.PATH_ID.eq(pathId))
                .orderBy(TRAINING_STEP.POSITION, TRAINING_STEP.ID).fetch(TrainingRepository::toDomain);
    }

    /**
     * Creates a path and its steps from a template in one transaction. {@code stepTitle} names each
     * step in the user's language; the stored title can be edited afterwards like any date.
     */
    public TrainingPath createPath(long candidateId, TrainingTemplate template, String title, LocalDate start,
                                   Function<TrainingTemplate.StepKind, String> stepTitle) {
        Checks.of().add("title", Checks.requiredText(title, Checks.MAX_TITLE)).add("start", Checks.required(start))
                .add("template", Checks.required(template)).orThrow();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(TRAINING_PATH).set(TRAINING_PATH.CANDIDATE_ID, candidateId)
                    .set(TRAINING_PATH.TEMPLATE, template.name()).set(TRAINING_PATH.TITLE, title.strip())
                    .set(TRAINING_PATH.START_DATE, start).returning(TRAINING_PATH.ID).fetchOne(TRAINING_PATH.ID);
            TrainingPath path = new TrainingPath(id, candidateId, template, title.strip(), start);
            audit.record(tx, "training_path", id, AuditLog.Action.CREATE, RecordDiff.allFields(path));
            for (TrainingTemplate.PlannedStep p : template.plan(start)) {
                long stepId = tx.insertInto(TRAINING_STEP).set(TRAINING_STEP.PATH_ID, id)
                        .set(TRAINING_STEP.POSITION, p.position()).set(TRAINING_STEP.TITLE, stepTitle.apply(p.kind()))
                        .set(TRAINING_STEP.PLANNED_DATE, p.plannedDate()).set(TRAINING_STEP.STATUS, StepStatus.PLANNED.name())
                        .returning(TRAINING_STEP.ID).fetchOne(TRAINING_STEP.ID);
                audit.record(tx, "training_step", stepId, AuditLog.Action.CREATE, List.of("title", "planned", "status"));
            }
            return path;
        });
    }

    /** Deletes a path with its steps; outcomes that referred to it stay, without the link. */
    public void deletePath(long pathId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            audit.delete(tx, TRAINING_PATH, TRAINING_PATH.ID, "training_path", pathId);
        });
    }

    /** Inserts a new step at the end of its path or updates one. */
    public TrainingStep save(TrainingStep s) {
        TrainingStep clean = new TrainingStep(s.id(), s.pathId(), s.position(), WorkplaceRepository.strip(s.title()),
                s.planned(), s.done(), s.status());
        clean.validate(LocalDate.now(clock));
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            TrainingStepRecord r;
            List<String> changed;
            if (clean.id() == null) {
                r = tx.newRecord(TRAINING_STEP);
                r.setPathId(clean.pathId());
                Integer last = tx.select(DSL.max(TRAINING_STEP.POSITION)).from(TRAINING_STEP)
                        .where(TRAINING_STEP.PATH_ID.eq(clean.pathId())).fetchOne(0, Integer.class);
                r.setPosition(last == null ? 1 : last + 1);
                changed = RecordDiff.allFields(clean);
            } else {
                r = tx.selectFrom(TRAINING_STEP).where(TRAINING_STEP.ID.eq(clean.id())).forUpdate().fetchOptional()
                        .orElseThrow(() -> new RecordNotFoundException("training_step", clean.id()));
                changed = RecordDiff.changedFields(toDomain(r), clean);
                changed.remove("position");
                r.setUpdatedAt(OffsetDateTime.now(clock));
            }
            if (changed.isEmpty()) {
                return toDomain(r);
            }
            r.setTitle(clean.title());
            r.setPlannedDate(clean.planned());
            r.setDoneDate(clean.done());
            r.setStatus(clean.status().name());
            r.store();
            audit.record(tx, "training_step", r.getId(), clean.id() == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, changed);
            return toDomain(r);
        });
    }

    public void deleteStep(long stepId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            audit.delete(tx, TRAINING_STEP, TRAINING_STEP.ID, "training_step", stepId);
        });
    }

    public List<Qualification> qualifications(long candidateId) {
        return dsl.selectFrom(QUALIFICATION).where(QUALIFICATION.CANDIDATE_ID.eq(candidateId))
                .orderBy(QUALIFICATION.ACHIEVED_DATE, QUALIFICATION.ID)
                .fetch(r -> new Qualification(r.getId(), r.getCandidateId(), r.getPathId(),
                        QualificationKind.valueOf(r.getKind()), r.getAchievedDate()));
    }

    public Qualification add(Qualification q) {
        q.validate(LocalDate.now(clock));
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(QUALIFICATION).set(QUALIFICATION.CANDIDATE_ID, q.candidateId())
                    .set(QUALIFICATION.PATH_ID, q.pathId()).set(QUALIFICATION.KIND, q.kind().name())
                    .set(QUALIFICATION.ACHIEVED_DATE, q.achieved()).returning(QUALIFICATION.ID).fetchOne(QUALIFICATION.ID);
            audit.record(tx, "qualification", id, AuditLog.Action.CREATE, RecordDiff.allFields(q));
            return new Qualification(id, q.candidateId(), q.pathId(), q.kind(), q.achieved());
        });
    }

    public void deleteQualification(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            audit.delete(tx, QUALIFICATION, QUALIFICATION.ID, "qualification", id);
        });
    }

    /** Open steps of the municipality planned on or before {@code until}, earliest first. */
    public List<DueItem> openStepsUntil(long municipalityId, LocalDate until) {
        return openSteps(municipalityId, TRAINING_STEP.PLANNED_DATE.le(until));
    }

    /** Every open step of the municipality that has a planned date, earliest first. */
    public List<DueItem> openSteps(long municipalityId) {
        return openSteps(municipalityId, TRAINING_STEP.PLANNED_DATE.isNotNull());
    }

    private List<DueItem> openSteps(long municipalityId, Condition when) {
        return dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, TRAINING_STEP.TITLE, TRAINING_STEP.PLANNED_DATE)
                .from(TRAINING_STEP)
                .join(TRAINING_PATH).on(TRAINING_PATH.ID.eq(TRAINING_STEP.PATH_ID))
                .join(CANDIDATE).on(CANDIDATE.ID.eq(TRAINING_PATH.CANDIDATE_ID))
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.STATUS.ne("ENDED"))
                        .and(TRAINING_STEP.STATUS.in(StepStatus.PLANNED.name(), StepStatus.IN_PROGRESS.name())).and(when))
                .orderBy(TRAINING_STEP.PLANNED_DATE, CANDIDATE.FULL_NAME)
                .fetch(r -> new DueItem(DueItem.Kind.STEP, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    static TrainingStep toDomain(TrainingStepRecord r) {
        return new TrainingStep(r.getId(), r.getPathId(), r.getPosition(), r.getTitle(), r.getPlannedDate(),
                r.getDoneDate(), StepStatus.valueOf(r.getStatus()));
    }
}
