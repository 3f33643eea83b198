package no.samspill.data;

import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.SHARED_TASK;
import static no.samspill.data.schema.Tables.WORKPLACE;
import static no.samspill.data.schema.Tables.WORKPLACE_PLAN;

import java.util.List;
import no.samspill.data.schema.tables.records.SharedTaskRecord;
import no.samspill.data.schema.tables.records.WorkplacePlanRecord;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.SharedTask;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.Violation;
import no.samspill.domain.WorkplacePlan;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What recruitment follows: each workplace's needs and capacity per period, and the tasks shared out
 * to candidates. A plan may not overlap another of the same workplace, and everything a record
 * points to belongs to the same municipality.
 */
public final class NeedsRepository {

    static final Stored<WorkplacePlan, WorkplacePlanRecord> PLANS = Stored.of(WORKPLACE_PLAN, WORKPLACE_PLAN.ID, WorkplacePlan::id,
            WORKPLACE_PLAN.MUNICIPALITY_ID, WorkplacePlan::municipalityId,
            r -> new WorkplacePlan(r.getId(), r.getMunicipalityId(), r.getWorkplaceId(), r.getPeriodStart(), r.getPeriodEnd(),
                    r.getNeedHealthWorker(), r.getNeedAssistant(), r.getNeedOther(), r.getCandidatePlaces(), r.getMentorsAvailable()),
            (p, r) -> {
                r.setWorkplaceId(p.workplaceId());
                r.setPeriodStart(p.start());
                r.setPeriodEnd(p.end());
                r.setNeedHealthWorker(p.needHealthWorker());
                r.setNeedAssistant(p.needAssistant());
                r.setNeedOther(p.needOther());
                r.setCandidatePlaces(p.candidatePlaces());
                r.setMentorsAvailable(p.mentorsAvailable());
            });
    static final Stored<SharedTask, SharedTaskRecord> TASKS = Stored.of(SHARED_TASK, SHARED_TASK.ID, SharedTask::id,
            SHARED_TASK.MUNICIPALITY_ID, SharedTask::municipalityId,
            r -> new SharedTask(r.getId(), r.getMunicipalityId(), r.getWorkplaceId(), r.getTask(), r.getTaskStatus(), r.getInvolvementEventId()),
            (t, r) -> {
                r.setWorkplaceId(t.workplaceId());
                r.setTask(t.task().strip());
                r.setTaskStatus(t.status());
                r.setInvolvementEventId(t.involvementEventId());
            });

    private final DSLContext dsl;
    private final OwnedRecords<WorkplacePlan, WorkplacePlanRecord> plans;
    private final OwnedRecords<SharedTask, SharedTaskRecord> tasks;

    public NeedsRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.plans = new OwnedRecords<>(dsl, audit, PLANS, this::check, WORKPLACE_PLAN.PERIOD_START.desc(), WORKPLACE_PLAN.ID);
        this.tasks = new OwnedRecords<>(dsl, audit, TASKS, this::check,
                DSL.when(SHARED_TASK.TASK_STATUS.eq(TaskStatus.IN_USE), 0).when(SHARED_TASK.TASK_STATUS.eq(TaskStatus.DISCUSSED), 1).otherwise(2),
                SHARED_TASK.TASK, SHARED_TASK.ID);
    }

    /** A municipality's workplace plans, the newest period first. */
    public OwnedRecords<WorkplacePlan, WorkplacePlanRecord> plans() {
        return plans;
    }

    /** A municipality's shared tasks: those in use first, then those discussed, then those identified. */
    public OwnedRecords<SharedTask, SharedTaskRecord> tasks() {
        return tasks;
    }

    private void check(WorkplacePlan p) {
        p.validate();
        if (!owns(p.municipalityId(), p.workplaceId())) {
            throw new InvalidRecordException(List.of(new Violation("workplaceId", "validation.required")));
        }
        boolean overlaps = plans.of(p.municipalityId()).stream()
                .anyMatch(o -> o.workplaceId().equals(p.workplaceId()) && !o.id().equals(p.id()) && o.overlaps(p));
        if (overlaps) {
            throw new InvalidRecordException(List.of(new Violation("start", "validation.plan.overlap")));
        }
    }

    private void check(SharedTask t) {
        t.validate();
        if (t.workplaceId() != null && !owns(t.municipalityId(), t.workplaceId())) {
            throw new InvalidRecordException(List.of(new Violation("workplaceId", "validation.required")));
        }
        if (t.involvementEventId() != null && !dsl.fetchExists(INVOLVEMENT_EVENT, INVOLVEMENT_EVENT.ID.eq(t.involvementEventId())
                .and(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(t.municipalityId())))) {
            throw new InvalidRecordException(List.of(new Violation("involvementEventId", "validation.task.discussionNeeded")));
        }
    }

    private boolean owns(long municipalityId, long workplaceId) {
        return dsl.fetchExists(WORKPLACE, WORKPLACE.ID.eq(workplaceId).and(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId)));
    }
}
