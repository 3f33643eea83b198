package no.samspill.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A workplace's needs and capacity for one period: the staffing need by role in årsverk, how many
 * candidates it can take with proper follow-up, and the mentors it has for them. Periods of one
 * workplace do not overlap, so a day has at most one plan.
 */
public record WorkplacePlan(Long id, long municipalityId, Long workplaceId, LocalDate start, LocalDate end,
                            BigDecimal needHealthWorker, BigDecimal needAssistant, BigDecimal needOther,
                            Integer candidatePlaces, Integer mentorsAvailable) {

    private static final BigDecimal MAX_NEED = new BigDecimal("99999.9");

    /** Needs are held with one decimal, as stored, so that 1 and 1,0 are the same need and an unchanged plan audits as unchanged. */
    public WorkplacePlan {
        needHealthWorker = oneDecimal(needHealthWorker);
        needAssistant = oneDecimal(needAssistant);
        needOther = oneDecimal(needOther);
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() <= 1 ? value.setScale(1) : value;
    }

    public boolean covers(LocalDate day) {
        return !start.isAfter(day) && !end.isBefore(day);
    }

    public boolean overlaps(WorkplacePlan other) {
        return overlaps(other.start, other.end);
    }

    /** Whether this plan shares a day with the period {@code from}–{@code to}, both inclusive. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !from.isAfter(end);
    }

    public BigDecimal totalNeed() {
        return needHealthWorker.add(needAssistant).add(needOther);
    }

    public void validate() {
        Checks.of().add("workplaceId", Checks.required(workplaceId))
                .add("start", Checks.required(start))
                .add("end", Checks.required(end).or(() -> Checks.notBefore(end, start)))
                .add("needHealthWorker", need(needHealthWorker))
                .add("needAssistant", need(needAssistant))
                .add("needOther", need(needOther))
                .add("candidatePlaces", count(candidatePlaces))
                .add("mentorsAvailable", count(mentorsAvailable))
                .orThrow();
    }

    static Optional<String> need(BigDecimal value) {
        if (value == null) {
            return Optional.of("validation.required");
        }
        if (value.signum() < 0 || value.compareTo(MAX_NEED) > 0 || value.stripTrailingZeros().scale() > 1) {
            return Optional.of("validation.arsverk");
        }
        return Optional.empty();
    }

    private static Optional<String> count(Integer value) {
        if (value == null) {
            return Optional.of("validation.required");
        }
        return value < 0 || value > 9999 ? Optional.of("validation.count") : Optional.empty();
    }
}
