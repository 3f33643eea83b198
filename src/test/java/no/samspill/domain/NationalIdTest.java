package no.samspill.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /** Builds a number from nine digits and a chosen K1, computing K2 as the rules say (null when K2 would be 10). */
    static String withK1(String nine, int k1) {
        String ten = nine + k1;
        int s = 0;
        for (int i = 0; i < 10; i++) {
            s += W2[i] * (ten.charAt(i) - '0');
        }
        int k2 = 11 - s % 11;
        if (k2 == 11) {
            k2 = 0;
        }
        return k2 == 10 ? null : ten + k2;
    }

    static int k1Remainder(String nine, int k1) {
        int s = k1;
        for (int i = 0; i < 9; i++) {
            s += W1[i] * (nine.charAt(i) - '0');
        }
        return s % 11;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "15090312356",  // ordinary fødselsnummer, 15.09.(19|20)03
        "15090312437",
        "29020456750",  // 29 February: possible in some year
        "55090311041",  // D-nummer: day + 40
        "15490311030",  // H-nummer: month + 40
        "15890311013",  // synthetic test number: month + 80
    })
    void acceptsValidNumbersUnderTheOldRule(String number) {
        assertTrue(NationalId.parse(number).isPresent(), number);
        assertEquals(number, NationalId.parse(number).orElseThrow().value());
    }

    @Test
    void acceptsTheRemaindersOneToThreeThat2032Allows() {
        String nine = "01018012";
        int found = 0;
        for (int ninth = 0; ninth <= 9; ninth++) {
            for (int k1 = 0; k1 <= 9; k1++) {
                String n = withK1(nine + ninth, k1);
                if (n == null) {
                    continue;
                }
                int r = k1Remainder(nine + ninth, k1);
                assertEquals(r <= 3, NationalId.isValid(n), n + " has K1 remainder " + r);
                found += r >= 1 && r <= 3 ? 1 : 0;
            }
        }
        assertTrue(found > 10, "the sweep covered new-rule numbers");
    }

    @Test
    void anyOtherK2IsRejected() {
        String valid = "15090312356";
        for (char c = '0'; c <= '9'; c++) {
            String changed = valid.substring(0, 10) + c;
            assertEquals(c == '6', NationalId.isValid(changed), changed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1509031235", "150903123567", "1509031235a", "15130312301", "32090312356", "30020311084"})  // the last has valid check digits but 30 February
    void rejectsMalformedNumbersAndImpossibleDates(String number) {
        assertTrue(NationalId.parse(number).isEmpty(), number);
    }

    @Test
    void toleratesSpacesAndNeverPrintsTheDigits() {
        NationalId id = NationalId.parse("150903 12356").orElseThrow();
        assertEquals("15090312356", id.value());
        assertFalse(id.toString().contains("1509"));
    }
}
