package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The integer-program attacker must find what protection forgot. Here each table is protected on
 * its own, without the links between the total and the programmes: the total hides its 2, but one
 * programme publishes the 10 beside it and the other a 0, so 12 - (10 + 0) gives the 2 away. Both
 * attackers must work that out, and agree on every cell.
 */
class IntegerProgramReaderTest {

    @Test
    void aTotalProtectedApartFromItsProgrammesGivesItsSmallCellAway() {
        CountTable total = DisclosureControlTest.table("t", new long[][] {{2, 10}, {7, 9}}, null);
        CountTable a = DisclosureControlTest.table("t@A", new long[][] {{0, 10}, {7, 9}}, null);
        CountTable b = DisclosureControlTest.table("t@B", new long[][] {{2, 0}, {0, 0}}, null);
        DisclosureControl control = new DisclosureControl(new Threshold("custom", 4));
        List<ProtectedTable> out = List.of(control.apply(List.of(total)).tables().get(0),
                control.apply(List.of(a)).tables().get(0), control.apply(List.of(b)).tables().get(0));
        assertNull(out.get(0).cell(0, 0), "the total hides its 2");
        assertEquals(10L, out.get(1).cell(0, 1), "the first programme publishes the 10 beside it");

        BruteForceReader reader = new BruteForceReader(out, ProgrammeLinks.identities(out), List.of(), 30);
        List<BruteForceReader.Finding> solved = IntegerProgramReader.findings(reader);
        BruteForceReader.Finding two = solved.stream().filter(f -> f.table() == 0 && f.row() == 0 && f.column() == 0).findFirst().orElseThrow();
        assertEquals(2, two.min());
        assertEquals(2, two.max(), "the hidden 2 is worked out through the programmes");

        List<BruteForceReader.Finding> enumerated = reader.findings(10_000_000);
        assertNotNull(enumerated);
        assertEquals(enumerated, solved);
    }
}
