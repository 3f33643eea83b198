package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.QUALIFICATION;
import static no.samspill.data.schema.Tables.TRAINING_PATH;
import static no.samspill.data.schema.Tables.TRAINING_STEP;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import no.samspill.data.schema.tables.records.QualificationRecord;
import no.samspill.data.schema.tables.records.TrainingPathRecord;
import no.samspill.data.schema.tables.records.TrainingStepRecord;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Checks;
import no.samspill.domain.DueItem;
import no.samspill.domain.Qualification;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingPath;
import no.samspill.domain.TrainingStep;
import no.samspill.domain.TrainingTemplate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Training paths with their steps, and the formal outcomes (fagbrev, kompetansebevis). */
public final class TrainingRepository {

    static final Stored<TrainingStep, TrainingStepRecord> STEPS = Stored.of(TRAINING_STEP, TRAINING_STEP.ID,
            TrainingStep::id, TRAINING_STEP.PATH_ID, TrainingStep::pathId, TrainingRepository::toDomain, (s, r) -> {
                r.setPosition(s.position());
                r.setTitle(s.title());
                r.setPlannedDate(s.planned());
                r.setDoneDate(s.done());
                r.setStatus(s.status());
                r.setUdirCode(s.udirCode());
            }).keeping((before, draft) -> at(draft, before.position()));
    static final Stored<Qualification, QualificationRecord> QUALIFICATIONS = Stored.of(QUALIFICATION, QUALIFICATION.ID,
            Qualification::id, QUALIFICATION.CANDIDATE_ID, Qualification::candidateId, TrainingRepository::toDomain,
            (q, r) -> {
                r.setPathId(q.pathId());
                r.setKind(q.kind());
                r.setAchievedDate(q.achieved());
            });
    static final Stored<TrainingPath, TrainingPathRecord> PATHS = Stored.of(TRAINING_PATH, TRAINING_PATH.ID,
            TrainingPath::id, TRAINING_PATH.CANDIDATE_ID, TrainingPath::candidateId, TrainingRepository::toDomain,
            (p, r) -> {
                r.setTemplate(p.template());
                r.setTitle(p.title());
                r.setStartDate(p.start());
            });

    private final DSLContext dsl;
    private final AuditedWrites writes;
    private final Clock clock;

    public TrainingRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.writes = new AuditedWrites(audit);
        this.clock = clock;
    }

    public List<TrainingPath> paths(long candidateId) {
        return dsl.selectFrom(TRAINING_PATH).where(TRAINING_PATH.CANDIDATE_ID.eq(candidateId))
                .orderBy(TRAINING_PATH.START_DATE, TRAINING_PATH.ID)
                .fetch(TrainingRepository::toDomain);
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
            TrainingPath path = writes.save(tx, PATHS, new TrainingPath(null, candidateId, template, title.strip(), start)).value();
            for (TrainingTemplate.PlannedStep p : template.plan(start)) {
                writes.save(tx, STEPS, new TrainingStep(null, path.id(), p.position(), stepTitle.apply(p.kind()),
                        p.plannedDate(), null, StepStatus.PLANNED));
            }
            return path;
        });
    }

    /** Deletes a path with its steps; outcomes that referred to it stay, without the link. */
    public void deletePath(long pathId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, PATHS, pathId);
        });
    }

    public TrainingStep save(TrainingStep s) {
        return save(s, null);
    }

    /** Inserts a new step at the end of its path or updates one over the step as {@code seen}. */
    public TrainingStep save(TrainingStep s, TrainingStep seen) {
        TrainingStep clean = new TrainingStep(s.id(), s.pathId(), s.position(), WorkplaceRepository.strip(s.title()),
                s.planned(), s.done(), s.status(), s.udirCode());
        clean.validate(LocalDate.now(clock));
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            return writes.saveOver(tx, STEPS, clean.id() == null ? at(clean, nextPosition(tx, clean.pathId())) : clean, seen).value();
        });
    }

    private static int nextPosition(DSLContext tx, long pathId) {
        Integer last = tx.select(DSL.max(TRAINING_STEP.POSITION)).from(TRAINING_STEP)
                .where(TRAINING_STEP.PATH_ID.eq(pathId)).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    private static TrainingStep at(TrainingStep s, int position) {
        return new TrainingStep(s.id(), s.pathId(), position, s.title(), s.planned(), s.done(), s.status(), s.udirCode());
    }

    public void deleteStep(long stepId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, STEPS, stepId);
        });
    }

    public List<Qualification> qualifications(long candidateId) {
        return dsl.selectFrom(QUALIFICATION).where(QUALIFICATION.CANDIDATE_ID.eq(candidateId))
                .orderBy(QUALIFICATION.ACHIEVED_DATE, QUALIFICATION.ID)
                .fetch(TrainingRepository::toDomain);
    }

    public Qualification add(Qualification q) {
        q.validate(LocalDate.now(clock));
        return dsl.transactionResult(cfg -> writes.save(cfg.dsl(), QUALIFICATIONS, q).value());
    }

    public void deleteQualification(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, QUALIFICATIONS, id);
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
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.STATUS.ne(CandidateStatus.ENDED))
                        .and(TRAINING_STEP.STATUS.in(StepStatus.PLANNED, StepStatus.IN_PROGRESS)).and(when))
                .orderBy(TRAINING_STEP.PLANNED_DATE, CANDIDATE.FULL_NAME)
                .fetch(r -> new DueItem(DueItem.Kind.STEP, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    static TrainingPath toDomain(TrainingPathRecord r) {
        return new TrainingPath(r.getId(), r.getCandidateId(), r.getTemplate(), r.getTitle(), r.getStartDate());
    }

    static Qualification toDomain(QualificationRecord r) {
        return new Qualification(r.getId(), r.getCandidateId(), r.getPathId(), r.getKind(), r.getAchievedDate());
    }

    static TrainingStep toDomain(TrainingStepRecord r) {
        return new TrainingStep(r.getId(), r.getPathId(), r.getPosition(), r.getTitle(), r.getPlannedDate(),
                r.getDoneDate(), r.getStatus(), r.getUdirCode());
    }
}
