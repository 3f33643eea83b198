package no.samspill.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void nameIsRequiredLimitedAndFreeOfControlCharacters() {
        assertEquals(Optional.of("validation.required"), CandidateRules.checkName("   "));
        assertEquals(Optional.of("validation.tooLong"), CandidateRules.checkName("x".repeat(201)));
        assertEquals(Optional.of("validation.controlCharacters"), CandidateRules.checkName("Kari\u0000Nordmann"));
        assertEquals(Optional.empty(), CandidateRules.checkName("Åse Ødegård-Ærø"));
    }

    @Test
    void birthYearMustGiveAPlausibleAge() {
        assertEquals(Optional.empty(), CandidateRules.checkBirthYear(2012, TODAY));
        assertEquals(Optional.of("validation.birthYear.range"), CandidateRules.checkBirthYear(2013, TODAY));
        assertEquals(Optional.empty(), CandidateRules.checkBirthYear(1936, TODAY));
        assertEquals(Optional.of("validation.birthYear.range"), CandidateRules.checkBirthYear(1935, TODAY));
    }

    @Test
    void birthDateMustMatchYearAndNotBeInTheFuture() {
        assertEquals(Optional.of("validation.birthDate.yearMismatch"),
                CandidateRules.checkBirthDate(LocalDate.of(2001, 5, 1), 2002, TODAY));
        assertEquals(Optional.of("validation.date.future"),
                CandidateRules.checkBirthDate(LocalDate.of(2027, 1, 1), 2027, TODAY));
        assertEquals(Optional.empty(), CandidateRules.checkBirthDate(null, 2001, TODAY));
    }

    @Test
    void referralDateCannotBeInTheFuture() {
        assertEquals(Optional.of("validation.date.future"), CandidateRules.checkReferralDate(TODAY.plusDays(1), TODAY));
        assertEquals(Optional.empty(), CandidateRules.checkReferralDate(TODAY, TODAY));
    }

    @Test
    void violationsOfAWholeRecordNameTheFields() {
        Candidate c = new Candidate(null, 1, "", "x".repeat(201), 1800, null, Gender.NOT_RECORDED, null,
                TODAY.plusDays(3), null, null, Programme.OTHER, CandidateStatus.REFERRED, null, null);
        List<String> fields = CandidateRules.violations(c, TODAY).stream().map(Violation::field).toList();
        assertEquals(List.of("fullName", "contact", "birthYear", "referralDate"), fields);
    }

    @Test
    void recordDiffNamesChangedComponentsOnly() {
        Municipality a = new Municipality(1L, "1234", "A", false);
        Municipality b = new Municipality(2L, "1234", "B", true);
        assertEquals(List.of("name", "demo"), RecordDiff.changedFields(a, b));
        assertTrue(RecordDiff.changedFields(a, a).isEmpty());
    }

    @Test
    void municipalityNumberHasFourDigits() {
        assertTrue(Municipality.isValidNumber("0301"));
        assertFalse(Municipality.isValidNumber("301"));
        assertFalse(Municipality.isValidNumber("03O1"));
        assertThrows(IllegalArgumentException.class, () -> new Municipality(null, "12345", "X", false));
    }
}
