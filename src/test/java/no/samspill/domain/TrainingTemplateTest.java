package no.samspill.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.TrainingTemplate.PlannedStep;
import no.samspill.domain.TrainingTemplate.StepKind;
import org.junit.jupiter.api.Test;

class TrainingTemplateTest {

    @Test
    void fagbrevPaJobbPlansItsFourStepsFromTheStartDate() {
        List<PlannedStep> plan = TrainingTemplate.FAGBREV_PA_JOBB.plan(LocalDate.of(2026, 2, 1));
        assertEquals(List.of(
                new PlannedStep(1, StepKind.PRIOR_LEARNING_ASSESSMENT, LocalDate.of(2026, 3, 1)),
                new PlannedStep(2, StepKind.PRACTICE, LocalDate.of(2027, 2, 1)),
                new PlannedStep(3, StepKind.THEORY, LocalDate.of(2027, 8, 1)),
                new PlannedStep(4, StepKind.TRADE_TEST, LocalDate.of(2028, 2, 1))), plan);
    }

    @Test
    void mennIHelseStartsWithThreeMonthsAsHelserekrutt() {
        List<PlannedStep> plan = TrainingTemplate.MENN_I_HELSE.plan(LocalDate.of(2026, 1, 15));
        assertEquals(StepKind.HEALTH_RECRUIT, plan.get(0).kind());
        assertEquals(LocalDate.of(2026, 4, 15), plan.get(0).plannedDate());
        assertEquals(StepKind.SUMMER_JOB, plan.get(1).kind());
    }

    @Test
    void apprenticeIsTwoYearsSchoolThenTwoYearsApprenticeship() {
        List<PlannedStep> plan = TrainingTemplate.APPRENTICE.plan(LocalDate.of(2026, 8, 15));
        assertEquals(LocalDate.of(2028, 8, 15), plan.get(2).plannedDate());
        assertEquals(LocalDate.of(2030, 8, 15), plan.get(3).plannedDate());
    }

    @Test
    void monthEndsAreClampedNotPushedIntoTheNextMonth() {
        PlannedStep first = TrainingTemplate.FAGBREV_PA_JOBB.plan(LocalDate.of(2026, 1, 31)).get(0);
        assertEquals(LocalDate.of(2026, 2, 28), first.plannedDate());
    }

    @Test
    void everyTemplateButCustomEndsWithTheFagprove() {
        for (TrainingTemplate t : TrainingTemplate.values()) {
            if (t == TrainingTemplate.CUSTOM) {
                assertTrue(t.steps().isEmpty());
            } else {
                assertEquals(StepKind.TRADE_TEST, t.steps().get(t.steps().size() - 1).kind(), t.name());
            }
        }
    }
}
