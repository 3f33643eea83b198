package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samspill.domain.Area;
import no.samspill.domain.AreaLists;
import no.samspill.domain.AreaMatch;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeListTest {

    static final LocalDate DAY = TestDatabase.TODAY;

    @TempDir Path dir;
    TestDatabase db;
    AreaLists lists;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        lists = db.repositories.codeLists().lists();
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void theShippedListsAreThe2024Reform() throws IOException {
        List<Area> kommuner = lists.units(DAY).stream().filter(a -> !a.isDistrict()).toList();
        assertEquals(357, kommuner.size());
        // NATIONAL.md: the 15 fylker from 2024.
        Set<String> fylker = Set.of("03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");
        assertEquals(fylker, lists.counties().stream().map(Area::code).collect(Collectors.toSet()));
        assertEquals(fylker, kommuner.stream().map(Area::countyCode).collect(Collectors.toSet()));
        // A second reading of the file by plain line splitting, not the CSV parser: the rows without an end date.
        Set<String> byLines = new TreeSet<>();
        for (String line : resource("klass-131-kommuner.csv").split("\n")) {
            String[] f = line.split(";", -1);
            if (f[0].matches("\"\\d{4}\"") && f[7].equals("\"\"")) {
                byLines.add(f[0].replace("\"", ""));
            }
        }
        assertEquals(byLines, kommuner.stream().map(Area::code).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aNameOrANumberFindsTheUnit() {
        assertEquals("3401", lists.search("Kongsvinger", DAY, 10).get(0).area().code());
        assertEquals("3401", lists.search("kongsv", DAY, 10).get(0).area().code());
        assertEquals("5025", lists.search("roros", DAY, 10).get(0).area().code());
        assertEquals("3401", lists.search("3401", DAY, 10).get(0).area().code());
        AreaMatch alna = lists.search("Bydel Alna", DAY, 10).get(0);
        assertEquals("030112", alna.area().code());
        assertEquals("Bydel Alna", alna.unitName());
        assertTrue(alna.parent().startsWith("Oslo"));
        assertTrue(lists.search("", DAY, 10).isEmpty());
        assertTrue(lists.search("Atlantis", DAY, 10).isEmpty());
    }

    @Test
    void anOldNumberLeadsToTheNewOne() {
        AreaMatch halden = lists.search("3001", DAY, 10).get(0);
        assertEquals("3101", halden.area().code());
        assertEquals("3001", halden.formerCode());
        assertEquals(List.of("1508", "1580"), lists.successors("1507", DAY));
        assertEquals(List.of("3001"), lists.successors("3001", LocalDate.of(2023, 12, 31)));
        // Every old number leads to exactly the numbers in force that the change list names.
        for (var c : lists.changes()) {
            assertTrue(lists.find(c.newCode(), DAY).isPresent(), c.newCode());
            assertTrue(lists.find(c.oldCode(), DAY).isEmpty(), c.oldCode());
        }
    }

    @Test
    void aBydelIsAUnitWithSixDigits() {
        Municipality alna = db.municipalities.create(new Municipality(null, "030112", "Bydel Alna", false));
        assertEquals("030112", db.municipalities.find(alna.id()).orElseThrow().number());
    }

    @Test
    void aNewerKlassFileInWindows1252WithCommasReplacesTheList() {
        String csv = "code,parentCode,level,name,shortName,presentationName,validFrom,validTo,notes\r\n"
                + "030112,,1,Alna,,,01.01.2024,,\r\n030199,,1,Nyby på Østkanten,,,2026-01-01,,\r\n";
        var imported = db.repositories.codeLists().importList(csv.getBytes(Charset.forName("windows-1252")));
        assertEquals(CodeListRepository.ListName.BYDELER, imported.list());
        AreaLists after = db.repositories.codeLists().lists();
        assertEquals("Nyby på Østkanten", after.find("030199", DAY).orElseThrow().name());
        assertTrue(after.find("460101", DAY).isEmpty());
        assertEquals(357, after.units(DAY).stream().filter(a -> !a.isDistrict()).count());
    }

    @Test
    void aBadFileChangesNothing() {
        var repo = db.repositories.codeLists();
        assertEquals("codeList.error.empty", assertThrows(KlassCsv.BadFileException.class, () -> repo.importList(new byte[0])).key());
        assertEquals("codeList.error.header",
                assertThrows(KlassCsv.BadFileException.class, () -> repo.importList("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))).key());
        String mixed = "code;name\n0301;Oslo\n030112;Alna\n";
        assertEquals("codeList.error.mixed",
                assertThrows(KlassCsv.BadFileException.class, () -> repo.importList(mixed.getBytes(StandardCharsets.UTF_8))).key());
        String few = "code;name\n0301;Oslo\n3401;Kongsvinger\n";
        assertEquals("codeList.error.tooFew",
                assertThrows(KlassCsv.BadFileException.class, () -> repo.importList(few.getBytes(StandardCharsets.UTF_8))).key());
        String badDate = "code;name;validFrom\n030112;Alna;2024-13-01\n";
        KlassCsv.BadFileException e = assertThrows(KlassCsv.BadFileException.class,
                () -> repo.importList(badDate.getBytes(StandardCharsets.UTF_8)));
        assertEquals("codeList.error.date", e.key());
        assertEquals(2, e.line());
        assertEquals(lists.units(DAY).size(), repo.lists().units(DAY).size());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CodeListTest.class.getResourceAsStream("/codelists/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
