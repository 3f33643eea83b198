package no.samspill.data;

import static no.samspill.data.schema.Tables.SHARED_TASK;
import static no.samspill.data.schema.Tables.WORKPLACE_PLAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.TaskStatus;
import org.jooq.DSLContext;

/**
 * The demo's needs and capacity this year, and its task sharing. The referred candidates wait for a
 * placement, and Solsida has one candidate more than it offered places for, so the placement view
 * has something to warn about.
 */
final class DemoNeeds {

    private DemoNeeds() {
    }

    /** {@code workplaces} in the demo's order: two nursing homes, home care north and south, the bofellesskap. */
    static void create(DSLContext tx, long mid, List<Long> workplaces, long discussion, LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = LocalDate.of(today.getYear(), 12, 31);
        plan(tx, mid, workplaces.get(0), start, end, "3.0", "1.0", "0", 3, 2);
        plan(tx, mid, workplaces.get(1), start, end, "2.0", "0.5", "0", 3, 3);
        plan(tx, mid, workplaces.get(2), start, end, "4.0", "0", "0", 4, 4);
        plan(tx, mid, workplaces.get(3), start, end, "1.5", "0", "1.0", 5, 4);
        plan(tx, mid, workplaces.get(4), start, end, "0", "2.0", "0", 2, 1);
        task(tx, mid, workplaces.get(0), "Måltider og servering", TaskStatus.IN_USE, discussion);
        task(tx, mid, null, "Aktiviteter og turer", TaskStatus.DISCUSSED, discussion);
        task(tx, mid, workplaces.get(1), "Renhold og rydding", TaskStatus.IDENTIFIED, null);
        task(tx, mid, workplaces.get(2), "Transport og følge", TaskStatus.IDENTIFIED, null);
        task(tx, mid, workplaces.get(3), "Innkjøp og varemottak", TaskStatus.IN_USE, discussion);
    }

    private static void plan(DSLContext tx, long mid, long workplace, LocalDate start, LocalDate end, String healthWorker,
                             String assistant, String other, int places, int mentors) {
        tx.insertInto(WORKPLACE_PLAN).set(WORKPLACE_PLAN.MUNICIPALITY_ID, mid).set(WORKPLACE_PLAN.WORKPLACE_ID, workplace)
                .set(WORKPLACE_PLAN.PERIOD_START, start).set(WORKPLACE_PLAN.PERIOD_END, end)
                .set(WORKPLACE_PLAN.NEED_HEALTH_WORKER, new BigDecimal(healthWorker)).set(WORKPLACE_PLAN.NEED_ASSISTANT, new BigDecimal(assistant))
                .set(WORKPLACE_PLAN.NEED_OTHER, new BigDecimal(other)).set(WORKPLACE_PLAN.CANDIDATE_PLACES, places)
                .set(WORKPLACE_PLAN.MENTORS_AVAILABLE, mentors).execute();
    }

    private static void task(DSLContext tx, long mid, Long workplace, String task, TaskStatus status, Long discussion) {
        tx.insertInto(SHARED_TASK).set(SHARED_TASK.MUNICIPALITY_ID, mid).set(SHARED_TASK.WORKPLACE_ID, workplace)
                .set(SHARED_TASK.TASK, task).set(SHARED_TASK.TASK_STATUS, status).set(SHARED_TASK.INVOLVEMENT_EVENT_ID, discussion).execute();
    }
}
