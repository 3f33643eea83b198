package no.samspill.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The standard routes to a trade certificate, each with its steps and when they fall due relative
 * to the path's start. The offsets are a starting plan: every date can be edited on the path.
 */
public enum TrainingTemplate {
    FAGBREV_PA_JOBB(List.of(
            new StepTemplate(StepKind.PRIOR_LEARNING_ASSESSMENT, 1),
            new StepTemplate(StepKind.PRACTICE, 12),
            new StepTemplate(StepKind.THEORY, 18),
            new StepTemplate(StepKind.TRADE_TEST, 24))),
    PRAKSISKANDIDAT(List.of(
            new StepTemplate(StepKind.RELEVANT_WORK, 0),
            new StepTemplate(StepKind.THEORY_EXAM, 6),
            new StepTemplate(StepKind.TRADE_TEST, 12))),
    APPRENTICE(List.of(
            new StepTemplate(StepKind.VG1, 0),
            new StepTemplate(StepKind.VG2, 12),
            new StepTemplate(StepKind.APPRENTICESHIP, 24),
            new StepTemplate(StepKind.TRADE_TEST, 48))),
    MENN_I_HELSE(List.of(
            new StepTemplate(StepKind.HEALTH_RECRUIT, 3),
            new StepTemplate(StepKind.SUMMER_JOB, 6),
            new StepTemplate(StepKind.VG1, 12),
            new StepTemplate(StepKind.TRADE_TEST, 36))),
    ABC(List.of(
            new StepTemplate(StepKind.ABC_COURSE, 0),
            new StepTemplate(StepKind.THEORY_EXAM, 12),
            new StepTemplate(StepKind.TRADE_TEST, 24))),
    CUSTOM(List.of());

    /** What kind of step it is; the UI names it in the user's language. */
    public enum StepKind {
        PRIOR_LEARNING_ASSESSMENT, PRACTICE, THEORY, THEORY_EXAM, TRADE_TEST, RELEVANT_WORK, VG1, VG2,
        APPRENTICESHIP, HEALTH_RECRUIT, SUMMER_JOB, ABC_COURSE, OTHER
    }

    /** A step of a template, due {@code monthsAfterStart} months after the path starts. */
    public record StepTemplate(StepKind kind, int monthsAfterStart) {
    }

    /** A step planned for a concrete path. */
    public record PlannedStep(int position, StepKind kind, LocalDate plannedDate) {
    }

    private final List<StepTemplate> steps;

    TrainingTemplate(List<StepTemplate> steps) {
        this.steps = steps;
    }

    public List<StepTemplate> steps() {
        return steps;
    }

    /** The steps with their due dates for a path starting on {@code start} (end-of-month safe). */
    public List<PlannedStep> plan(LocalDate start) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> new PlannedStep(i + 1, steps.get(i).kind(), start.plusMonths(steps.get(i).monthsAfterStart())))
                .toList();
    }
}
