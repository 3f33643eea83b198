package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.EndReason;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Municipality;
import no.samspill.domain.PlacementWarning;
import no.samspill.domain.SharedTask;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.WaitingCandidate;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceLoad;
import no.samspill.domain.WorkplacePlan;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Needs, capacity, task sharing and placement: the rules the repositories keep, and the placement
 * view's counts against a plain count over the candidates the test itself made.
 */
class NeedsAndPlacementTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    long otherMid;
    List<Long> workplaces = new ArrayList<>();
    long foreignWorkplace;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "9998", "Prøvevik", false)).id();
        otherMid = db.municipalities.create(new Municipality(null, "9997", "Annenvik", false)).id();
        for (String name : List.of("Sykehjemmet", "Heimetenesta", "Bufellesskapet", "Dagsenteret")) {
            workplaces.add(db.workplaces.save(new Workplace(null, mid, name, WorkplaceType.NURSING_HOME, true)).id());
        }
        foreignWorkplace = db.workplaces.save(new Workplace(null, otherMid, "Annet sykehjem", WorkplaceType.NURSING_HOME, true)).id();
    }

    @AfterEach
    void close() {
        db.database.close();
    }

    private WorkplacePlan plan(Long id, long workplace, LocalDate start, LocalDate end, int places, int mentors) {
        return new WorkplacePlan(id, mid, workplace, start, end, new BigDecimal("1.5"), BigDecimal.ZERO, new BigDecimal("0.5"), places, mentors);
    }

    private List<String> fields(Runnable save) {
        return assertThrows(InvalidRecordException.class, save::run).violations().stream().map(v -> v.field()).toList();
    }

    @Test
    void plansOfOneWorkplaceDoNotOverlapAndStayInTheMunicipality() {
        NeedsRepository needs = db.repositories.needs();
        LocalDate jan = LocalDate.of(2026, 1, 1);
        WorkplacePlan first = needs.plans().save(plan(null, workplaces.get(0), jan, LocalDate.of(2026, 6, 30), 3, 2));
        assertEquals(new BigDecimal("1.5"), first.needHealthWorker().stripTrailingZeros());
        assertEquals(List.of("start"), fields(() -> needs.plans().save(plan(null, workplaces.get(0), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31), 1, 1))),
                "the last day of one period is not the first of the next");
        needs.plans().save(plan(null, workplaces.get(0), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), 4, 4));
        needs.plans().save(plan(null, workplaces.get(1), jan, LocalDate.of(2026, 12, 31), 2, 1));
        needs.plans().save(plan(first.id(), workplaces.get(0), jan, LocalDate.of(2026, 6, 30), 5, 2));
        assertEquals(List.of("workplaceId"), fields(() -> needs.plans().save(plan(null, foreignWorkplace, jan, jan, 1, 1))));
        assertEquals(List.of("needHealthWorker"), fields(() -> needs.plans().save(new WorkplacePlan(null, mid, workplaces.get(2), jan, jan,
                new BigDecimal("1.25"), BigDecimal.ZERO, BigDecimal.ZERO, 1, 1))), "årsverk have at most one decimal");
        assertEquals(List.of("candidatePlaces"), fields(() -> needs.plans().save(plan(null, workplaces.get(2), jan, jan, -1, 1))));
        assertEquals(3, needs.plans().of(mid).size());
        assertEquals(List.of("CREATE:", "CREATE:", "CREATE:", "UPDATE:candidatePlaces"),
                db.audit("workplace_plan").stream().map(a -> a.startsWith("CREATE") ? "CREATE:" : a).toList());
    }

    @Test
    void aTaskDiscussedPointsToADrøftingOfItsOwnMunicipality() {
        NeedsRepository needs = db.repositories.needs();
        long ours = db.involvement.save(new InvolvementEvent(null, mid, TestDatabase.TODAY.minusDays(3), InvolvementType.DISCUSSION,
                InvolvementLevel.MUNICIPALITY, "Oppgavedeling", null, java.util.Set.of(), java.util.Set.of())).id();
        long theirs = db.involvement.save(new InvolvementEvent(null, otherMid, TestDatabase.TODAY.minusDays(3), InvolvementType.DISCUSSION,
                InvolvementLevel.MUNICIPALITY, "Oppgavedeling", null, java.util.Set.of(), java.util.Set.of())).id();
        assertEquals(List.of("involvementEventId"), fields(() -> needs.tasks().save(new SharedTask(null, mid, null, "Måltider", TaskStatus.IN_USE, null))));
        assertEquals(List.of("involvementEventId"), fields(() -> needs.tasks().save(new SharedTask(null, mid, null, "Måltider", TaskStatus.DISCUSSED, theirs))));
        needs.tasks().save(new SharedTask(null, mid, workplaces.get(0), "Renhold", TaskStatus.IDENTIFIED, null));
        needs.tasks().save(new SharedTask(null, mid, null, " Måltider ", TaskStatus.IN_USE, ours));
        needs.tasks().save(new SharedTask(null, mid, workplaces.get(1), "Aktiviteter", TaskStatus.DISCUSSED, ours));
        assertEquals(List.of("Måltider", "Aktiviteter", "Renhold"), needs.tasks().of(mid).stream().map(SharedTask::task).toList(),
                "in use first, then discussed, then identified");
        assertEquals(List.of(TaskStatus.IDENTIFIED, TaskStatus.IN_USE, TaskStatus.DISCUSSED), db.repositories.evaluation().facts(mid).tasks());
        db.involvement.delete(ours);
        assertEquals(2, needs.tasks().of(mid).stream().filter(t -> t.involvementEventId() == null && t.status().needsDiscussion()).count(),
                "deleting the drøfting leaves the tasks, without the link");
    }

    @Test
    void onlyAPartTimeJobPointsToTheDrøftingOfItsHiring() {
        long event = db.involvement.save(new InvolvementEvent(null, mid, TestDatabase.TODAY.minusDays(30), InvolvementType.DISCUSSION,
                InvolvementLevel.MUNICIPALITY, "Deltid", null, java.util.Set.of(), java.util.Set.of())).id();
        Candidate c = db.candidate(mid, "Kari Deltid", workplaces.get(0), TestDatabase.TODAY.minusDays(60));
        LocalDate start = TestDatabase.TODAY.minusDays(10);
        assertEquals(List.of("discussionEventId"), fields(() -> db.employment.save(new EmploymentSpell(null, c.id(), null, start, null, 100, true,
                EmploymentKind.ORDINARY, null, false, event))));
        EmploymentSpell saved = db.employment.save(new EmploymentSpell(null, c.id(), null, start, null, 80, true, EmploymentKind.ORDINARY, null, false, event));
        assertEquals(event, saved.discussionEventId());
        assertEquals(List.of(event), db.repositories.evaluation().facts(mid).candidates().get(0).spells().stream()
                .map(EmploymentSpell::discussionEventId).toList());
    }

    /** One candidate as the test made it: where it is placed and how far it has come. */
    private record Made(long id, Long workplace, CandidateStatus status, LocalDate referred) {
    }

    @Test
    void thePlacementViewCountsWhatAPlainCountOverTheCandidatesFinds() {
        Random random = new Random(17);
        List<Made> made = new ArrayList<>();
        CandidateStatus[] statuses = {CandidateStatus.REFERRED, CandidateStatus.ACTIVE, CandidateStatus.IN_QUALIFICATION, CandidateStatus.ENDED};
        for (int i = 0; i < 60; i++) {
            Long workplace = random.nextInt(3) == 0 ? null : workplaces.get(random.nextInt(workplaces.size()));
            CandidateStatus status = statuses[random.nextInt(statuses.length)];
            LocalDate referred = TestDatabase.TODAY.minusDays(100 + random.nextInt(200));
            Candidate c = db.candidate(mid, "Kandidat " + i, workplace, referred);
            if (status == CandidateStatus.ACTIVE || status == CandidateStatus.IN_QUALIFICATION) {
                db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ACTIVE, TestDatabase.TODAY.minusDays(50), null));
            }
            if (status == CandidateStatus.IN_QUALIFICATION) {
                db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.IN_QUALIFICATION, TestDatabase.TODAY.minusDays(40), null));
            }
            if (status == CandidateStatus.ENDED) {
                db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ENDED, TestDatabase.TODAY.minusDays(30), EndReason.NOT_CLARIFIED));
            }
            made.add(new Made(c.id(), workplace, status, referred));
        }
        db.candidate(otherMid, "Annen kommune", foreignWorkplace, TestDatabase.TODAY.minusDays(400));
        NeedsRepository needs = db.repositories.needs();
        LocalDate jan = LocalDate.of(2026, 1, 1);
        needs.plans().save(plan(null, workplaces.get(0), jan, LocalDate.of(2026, 12, 31), 4, 3));
        needs.plans().save(plan(null, workplaces.get(1), jan, LocalDate.of(2026, 12, 31), 30, 30));
        needs.plans().save(plan(null, workplaces.get(2), jan, TestDatabase.TODAY.minusDays(1), 9, 9));

        PlacementRepository placement = db.repositories.placement();
        List<Long> waiting = made.stream().filter(m -> m.workplace() == null
                        && (m.status() == CandidateStatus.REFERRED || m.status() == CandidateStatus.ACTIVE))
                .sorted(java.util.Comparator.comparing(Made::referred)).map(Made::id).toList();
        PlacementRepository.Waiting shown = placement.waiting(mid);
        assertEquals(waiting.size(), shown.total());
        assertEquals(waiting, shown.first().stream().map(WaitingCandidate::id).toList(), "the longest waiting first");
        Map<Long, Integer> placed = new HashMap<>();
        made.stream().filter(m -> m.workplace() != null && m.status() != CandidateStatus.ENDED).forEach(m -> placed.merge(m.workplace(), 1, Integer::sum));
        List<WorkplaceLoad> loads = placement.loads(mid, TestDatabase.TODAY);
        assertEquals(workplaces.size(), loads.size());
        for (WorkplaceLoad l : loads) {
            assertEquals(placed.getOrDefault(l.workplaceId(), 0), l.placed(), l.name());
        }
        assertEquals(null, loads.stream().filter(l -> l.workplaceId() == workplaces.get(2)).findFirst().orElseThrow().plan(),
                "a plan that ended yesterday is not today's");
        assertTrue(placed.getOrDefault(workplaces.get(0), 0) > 4, "the seed puts the first workplace over its four places");
        WorkplaceLoad full = loads.stream().filter(l -> l.workplaceId() == workplaces.get(0)).findFirst().orElseThrow();
        assertEquals(List.of(PlacementWarning.OVER_CAPACITY, PlacementWarning.TOO_FEW_MENTORS), full.warnings());
        assertEquals(List.of(), loads.stream().filter(l -> l.workplaceId() == workplaces.get(1)).findFirst().orElseThrow().warningsWithOneMore());

        long first = waiting.get(0);
        placement.place(first, workplaces.get(1));
        assertEquals(waiting.size() - 1, placement.waiting(mid).total());
        assertEquals(placed.getOrDefault(workplaces.get(1), 0) + 1, placement.loads(mid, TestDatabase.TODAY).stream()
                .filter(l -> l.workplaceId() == workplaces.get(1)).findFirst().orElseThrow().placed());
        assertTrue(db.audit("candidate").stream().anyMatch(a -> a.equals("UPDATE:mainWorkplaceId")), "placing is an audited edit");
        assertThrows(RecordNotFoundException.class, () -> placement.place(waiting.get(1), foreignWorkplace));
        assertEquals(waiting.size() - 1, placement.waiting(mid).total(), "a refused placement changes nothing");

        // The capacity indicator, from the evaluation's facts, agrees with the placement view's SQL.
        var table = no.samspill.evaluation.IndicatorCatalogue.find("capacity.used").orElseThrow()
                .table(db.repositories.evaluation().facts(mid), new no.samspill.evaluation.Period(TestDatabase.TODAY.getYear(), TestDatabase.TODAY));
        long inUse = placement.loads(mid, TestDatabase.TODAY).stream().filter(l -> l.plan() != null)
                .mapToLong(l -> Math.min(l.placed(), l.plan().candidatePlaces())).sum();
        long offered = placement.loads(mid, TestDatabase.TODAY).stream().filter(l -> l.plan() != null).mapToLong(l -> l.plan().candidatePlaces()).sum();
        int nursingHome = WorkplaceType.NURSING_HOME.ordinal();
        assertEquals(inUse, table.cells()[nursingHome][0]);
        assertEquals(offered - inUse, table.cells()[nursingHome][1]);
        for (int r = 0; r < table.cells().length; r++) {
            if (r != nursingHome) {
                assertEquals(0, table.cells()[r][0] + table.cells()[r][1], "only nursing homes have plans");
            }
        }
    }
}
