package no.samspill.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the praksiskandidat rule, with the expected figures worked out by hand. */
class PraksiskandidatCalculatorTest {

    static EmploymentSpell spell(String start, String end, int pct) {
        return new EmploymentSpell(null, 1, null, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                pct, true, EmploymentKind.ORDINARY);
    }

    @Test
    void oneFullCalendarYearAtFullTimeIs1750Hours() {
        var r = PraksiskandidatCalculator.calculate(List.of(spell("2021-01-01", "2021-12-31", 100)), LocalDate.of(2026, 1, 1));
        assertEquals(1750, r.hoursAccrued());
        assertEquals(7000, r.hoursRemaining());
        assertEquals(Optional.empty(), r.earliestExamDate(), "ended spells only: no projection");
    }

    @Test
    void eightyPercentCountsAsFullTimeButSeventyNineDoesNot() {
        var at80 = PraksiskandidatCalculator.calculate(List.of(spell("2022-01-01", "2022-12-31", 80)), LocalDate.of(2023, 1, 1));
        var at50 = PraksiskandidatCalculator.calculate(List.of(spell("2022-01-01", "2022-12-31", 50)), LocalDate.of(2023, 1, 1));
        var at79 = PraksiskandidatCalculator.calculate(List.of(spell("2022-01-01", "2022-12-31", 79)), LocalDate.of(2023, 1, 1));
        assertEquals(1750, at80.hoursAccrued());
        assertEquals(875, at50.hoursAccrued());   // 1750 × 0.50
        assertEquals(1382, at79.hoursAccrued());  // 1750 × 0.79 = 1382.5, rounded down
    }

    @Test
    void parallelJobsNeverGiveMoreThanTwelveMonthsInAYear() {
        var r = PraksiskandidatCalculator.calculate(List.of(
                spell("2022-01-01", "2022-12-31", 100), spell("2022-01-01", "2022-12-31", 60)), LocalDate.of(2023, 6, 1));
        assertEquals(1750, r.hoursAccrued());
    }

    @Test
    void twoPartTimeJobsTogetherAtEightyPercentCountAsFullTime() {
        var r = PraksiskandidatCalculator.calculate(List.of(
                spell("2022-01-01", "2022-12-31", 40), spell("2022-01-01", "2022-12-31", 40)), LocalDate.of(2023, 1, 1));
        assertEquals(1750, r.hoursAccrued());
    }

    @Test
    void onlyDaysUpToTheAsOfDateAreAccrued() {
        // 1 Jan – 2 Jul 2025 is 183 of 365 days at full time: 1750 × 183 / 365 = 877.4
        var r = PraksiskandidatCalculator.calculate(List.of(spell("2025-01-01", null, 100)), LocalDate.of(2025, 7, 2));
        assertEquals(877, r.hoursAccrued());
    }

    @Test
    void fullTimeFromNewYearReachesFiveYearsOnTheLastDayOfTheFifthYear() {
        var r = PraksiskandidatCalculator.calculate(List.of(spell("2024-01-01", null, 100)), LocalDate.of(2026, 1, 1));
        assertEquals(Optional.of(LocalDate.of(2028, 12, 31)), r.earliestExamDate());
    }

    @Test
    void halfTimeTakesTenYears() {
        var r = PraksiskandidatCalculator.calculate(List.of(spell("2020-01-01", null, 50)), LocalDate.of(2026, 1, 1));
        assertEquals(Optional.of(LocalDate.of(2029, 12, 31)), r.earliestExamDate());
    }

    @Test
    void aTemporaryThenPermanentJobAddUp() {
        // 2021 at 60 %: 1050 h; 2022–2025 at 100 %: 4 × 1750 = 7000 h; total 8050, 700 left on 1 Jan 2026.
        var r = PraksiskandidatCalculator.calculate(List.of(
                spell("2021-01-01", "2021-12-31", 60), spell("2022-01-01", null, 100)), LocalDate.of(2025, 12, 31));
        assertEquals(8050, r.hoursAccrued());
        assertEquals(700, r.hoursRemaining());
        // 700 h = 0.4 years at full time = 146 of 365 days in 2026: reached on 26 May 2026.
        assertEquals(Optional.of(LocalDate.of(2026, 5, 26)), r.earliestExamDate());
    }

    @Test
    void aDateInThePastIsKeptOnceReached() {
        var r = PraksiskandidatCalculator.calculate(List.of(spell("2015-01-01", "2020-12-31", 100)), LocalDate.of(2026, 1, 1));
        assertTrue(r.hoursAccrued() >= 8750);
        assertEquals(0, r.hoursRemaining());
        assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), r.earliestExamDate());
    }
}
