package no.samspill.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * How far a candidate has come towards sitting the fagprøve as a praksiskandidat.
 *
 * <p>Our reading of the rule (opplæringslova § 3-5 as summarised in DOMAIN.md): the candidate needs
 * relevant work equal to five years at full time, which is 8,750 hours (1,750 a year).
 * <ul>
 *   <li>Spells are added up day by day. On each day the job percentages of all spells that cover it
 *   are summed; a day at 80 % or more counts as a full day, a day below 80 % counts pro rata
 *   (a 50 % day counts half).</li>
 *   <li>No day counts more than once, so parallel jobs never give more than a full day, and no
 *   calendar year gives more than twelve months.</li>
 *   <li>A year's credit is its credited days divided by the days in that year; hours are credit
 *   × 1,750, rounded down.</li>
 *   <li>The earliest date is the day the credit reaches five years. If the candidate has not reached
 *   it yet, it is projected from the spells as recorded: a spell without an end date as if it goes on
 *   unchanged, a spell with a future end date until that date. If they never get there, there is no date.</li>
 * </ul>
 */
public final class PraksiskandidatCalculator {

    public static final int HOURS_PER_YEAR = 1_750;
    public static final int REQUIRED_YEARS = 5;
    public static final int REQUIRED_HOURS = HOURS_PER_YEAR * REQUIRED_YEARS;
    static final int FULL_TIME_THRESHOLD = 80;
    /** How far ahead an ongoing spell is projected; a 1 % job would never get there. */
    static final int PROJECTION_YEARS = 40;

    /** The hours accrued by {@code asOf}, the hours left, and the earliest exam date if one can be given. */
    public record Result(int hoursAccrued, int hoursRemaining, Optional<LocalDate> earliestExamDate) {
    }

    private PraksiskandidatCalculator() {
    }

    public static Result calculate(Collection<EmploymentSpell> spells, LocalDate asOf) {
        if (spells.isEmpty()) {
            return new Result(0, REQUIRED_HOURS, Optional.empty());
        }
        LocalDate first = spells.stream().map(EmploymentSpell::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = lastDayToConsider(spells, asOf);
        double years = 0;
        double yearsAtAsOf = 0;
        LocalDate reached = null;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            years += dayCredit(spells, day) / Year.of(day.getYear()).length();
            if (!day.isAfter(asOf)) {
                yearsAtAsOf = years;
            }
            if (reached == null && years >= REQUIRED_YEARS - 1e-9) {
                reached = day;
            }
            if (reached != null && !day.isBefore(asOf)) {
                break;
            }
        }
        int hours = (int) Math.floor(yearsAtAsOf * HOURS_PER_YEAR + 1e-6);
        return new Result(hours, Math.max(0, REQUIRED_HOURS - hours), Optional.ofNullable(reached));
    }

    private static LocalDate lastDayToConsider(Collection<EmploymentSpell> spells, LocalDate asOf) {
        if (spells.stream().anyMatch(s -> s.end() == null)) {
            return asOf.plusYears(PROJECTION_YEARS);
        }
        LocalDate lastEnd = spells.stream().map(EmploymentSpell::end).max(Comparator.naturalOrder()).orElseThrow();
        return lastEnd.isAfter(asOf) ? lastEnd : asOf;
    }

    private static double dayCredit(Collection<EmploymentSpell> spells, LocalDate day) {
        int percent = 0;
        for (EmploymentSpell s : spells) {
            if (!day.isBefore(s.start()) && (s.end() == null || !day.isAfter(s.end()))) {
                percent += s.jobPercentage();
            }
        }
        if (percent >= FULL_TIME_THRESHOLD) {
            return 1.0;
        }
        return percent / 100.0;
    }
}
