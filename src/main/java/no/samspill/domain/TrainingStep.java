package no.samspill.domain;

import java.time.LocalDate;
import java.util.Optional;

/** One step of a path: planned for a date, done on a date, with its status and, optionally, its Udir Grep code. */
public record TrainingStep(Long id, long pathId, int position, String title, LocalDate planned, LocalDate done,
                           StepStatus status, String udirCode) {

    /** A step without a Udir code. */
    public TrainingStep(Long id, long pathId, int position, String title, LocalDate planned, LocalDate done, StepStatus status) {
        this(id, pathId, position, title, planned, done, status, null);
    }

    public void validate(LocalDate today) {
        Checks.of().add("title", Checks.requiredText(title, Checks.MAX_TITLE))
                .add("status", Checks.required(status))
                .add("udirCode", OfficialCodes.checkUdir(udirCode))
                .add("done", Checks.notFuture(done, today))
                .add("done", status == StepStatus.DONE && done == null
                        ? Optional.of("training.step.doneDateRequired") : Optional.empty())
                .add("done", status != StepStatus.DONE && done != null
                        ? Optional.of("training.step.doneDateOnlyWhenDone") : Optional.empty())
                .orThrow();
    }

    public boolean open() {
        return status == StepStatus.PLANNED || status == StepStatus.IN_PROGRESS;
    }
}
