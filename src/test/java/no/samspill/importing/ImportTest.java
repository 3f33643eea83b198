package no.samspill.importing;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.data.CandidateImport;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Municipality;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import against files as coordinators keep them, and against every malformed file the issue
 * names. What is stored is read back with plain SQL, not through the importer's own types.
 */
class ImportTest {

    static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    CandidateImporter importer;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir.resolve("data"));
        mid = db.municipalities.create(new Municipality(null, "9998", "Prøvevik", false)).id();
        db.workplaces.save(new Workplace(null, mid, "Solbakken sykehjem", WorkplaceType.NURSING_HOME, true));
        db.workplaces.save(new PartnerOrganisation(null, mid, "NAV Prøvevik", PartnerType.NAV_OFFICE));
        importer = new CandidateImporter(db.lookups, db.repositories.candidateImport(), TestDatabase.CLOCK);
    }

    @AfterEach
    void close() {
        db.database.close();
    }

    /** The messy spreadsheet: Windows-1252, ";", CRLF, a two-line note, an impossible date, a duplicate, an unknown status, blank rows. */
    static final String MESSY = String.join("\r\n",
            "Navn;Født;Kjønn;NAV-kontor;Henvist;Status;Arbeidssted;Merknad;",
            "Åse Ærlig-Øren;03.04.2001;K;NAV Prøvevik;12.01.26;Aktiv;Solbakken sykehjem;\"Ønsker turnus; ikke natt",
            "kan starte i februar\";",
            "Bjørn Blåbær;31.02.1999;M;NAV Prøvevik;2026-02-01;Henvist;;;",
            "",
            ";;;;;;;;",
            "Cecilie Ås;7.8.98;K;Prøvevik;15.02.2026;I jobb;Solbakken sykehjem;;",
            "Dag Døgnvill;1.1.2000;M;NAV Prøvevik;01.03.2026;sluta;;;",
            "Åse Ærlig-Øren;03.04.2001;K;NAV Prøvevik;12.01.26;Aktiv;Solbakken sykehjem;Dobbelt;",
            "Eirik Ødegård;12.12.1999;m;;;avsluttet;;;",
            "");

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private CandidateImporter.Checked check(RawTable t) {
        ColumnMapping columns = ColumnMapping.guess(t.headers());
        return importer.check(mid, t, columns, importer.guessValues(mid, t, columns), CancelCheck.NEVER);
    }

    @Test
    void theMessySpreadsheetIsReportedByRowAndExactlyItsValidRowsAreStored() throws Exception {
        RawTable t = SpreadsheetFile.read(write("kandidater.csv", MESSY.getBytes(CP1252)), null, CancelCheck.NEVER);
        assertEquals(TextEncoding.WINDOWS_1252, t.encoding());
        assertEquals(';', t.separator());
        assertEquals(List.of(2, 4, 7, 8, 9, 10), t.rows().stream().map(RawTable.Row::number).toList(),
                "rows keep the numbers the file shows; the note's second line and the blank rows are no rows");
        assertEquals("Ønsker turnus; ikke natt\r\nkan starte i februar", t.rows().get(0).cell(7));
        CandidateImporter.Checked checked = check(t);
        ImportReport nb = new ImportReport(Locale.of("nb"));
        List<String> lines = nb.lines(checked);
        assertEquals(List.of(
                "Rad 4, Fødselsdato: Datoen «31.02.1999» finnes ikke.",
                "Rad 8, Status: «sluta» finnes ikke i appens liste. Koble det til en verdi, eller rett filen.",
                "Rad 9 kan være samme person som rad 2.",
                "6 rader lest: 4 kan importeres, 2 har feil, 1 kan være dubletter."), lines);
        assertTrue(new ImportReport(Locale.of("en")).lines(checked).get(0).startsWith("Row 4, Birth date: The date «31.02.1999» does not exist."));

        CandidateImporter.Outcome outcome = importer.commit(checked, Map.of());
        assertEquals(new CandidateImporter.Outcome(3, 0, 1, 2), outcome);
        var stored = db.database.dsl().selectFrom(CANDIDATE).where(CANDIDATE.MUNICIPALITY_ID.eq(mid)).orderBy(CANDIDATE.ID).fetch();
        assertEquals(List.of("Åse Ærlig-Øren", "Cecilie Ås", "Eirik Ødegård"), stored.map(r -> r.getFullName()), "æøå intact");
        assertEquals(List.of("ACTIVE", "IN_JOB", "ENDED"), stored.map(r -> r.getStatus().name()));
        assertEquals("Ønsker turnus; ikke natt\r\nkan starte i februar", stored.get(0).getNote());
        assertEquals(LocalDate.of(1998, 8, 7), stored.get(1).getBirthDate(), "d.m.yy with a two-digit year");
        assertEquals(LocalDate.of(2026, 1, 12), stored.get(0).getReferralDate());
        assertEquals(Gender.FEMALE, stored.get(1).getGender());
        assertTrue(stored.get(1).getNavOfficeId() != null, "«Prøvevik» finds «NAV Prøvevik»");
        assertEquals(List.of("REFERRED", "ACTIVE", "IN_JOB"), db.database.dsl().select(CANDIDATE_STATUS_CHANGE.STATUS).from(CANDIDATE_STATUS_CHANGE)
                .where(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID.eq(stored.get(1).getId())).orderBy(CANDIDATE_STATUS_CHANGE.ID)
                .fetch(r -> r.value1().name()), "the history walks the lifecycle to the imported status");
        assertEquals(3, db.database.dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY.eq("candidate").and(AUDIT_ENTRY.ACTION.eq("CREATE"))));
    }

    @Test
    void aDuplicateInTheDataIsSkippedImportedOrMergedAsDecided() throws Exception {
        Candidate known = db.candidates.save(new Candidate(null, mid, "Åse Ærlig-Øren", null, 2001, LocalDate.of(2001, 4, 3), Gender.NOT_RECORDED,
                null, null, ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, null, null));
        RawTable t = SpreadsheetFile.read(write("k.csv", MESSY.getBytes(CP1252)), null, CancelCheck.NEVER);
        CandidateImporter.Checked checked = check(t);
        assertEquals(List.of(2, 9), checked.duplicates().stream().map(CandidateImporter.Duplicate::row).toList());
        assertEquals(known.id(), checked.duplicates().get(0).existingId());
        importer.commit(checked, Map.of(2, CandidateImporter.Decision.MERGE, 9, CandidateImporter.Decision.SKIP));
        Candidate merged = db.candidates.find(known.id()).orElseThrow();
        assertEquals(Gender.FEMALE, merged.gender(), "an empty field is filled");
        assertEquals(CandidateStatus.REFERRED, merged.status(), "the status is never merged");
        assertEquals("Ønsker turnus; ikke natt\r\nkan starte i februar", merged.note());
        assertEquals(3, db.candidates.count(mid), "the known one, Cecilie and Eirik");
    }

    @Test
    void aStoreThatFailsHalfwayStoresNothing() {
        Candidate good = new Candidate(null, mid, "Første Gode", null, 2000, null, Gender.FEMALE, null, null, null, null,
                Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.ACTIVE, null, null);
        Candidate broken = new Candidate(null, mid, "Peker Feil", null, 2000, null, Gender.FEMALE, 999_999L, null, null, null,
                Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, null, null);
        int audits = db.database.dsl().fetchCount(AUDIT_ENTRY);
        assertThrows(RuntimeException.class, () -> db.repositories.candidateImport().commit(
                List.of(new CandidateImport.New(good, null), new CandidateImport.New(broken, null)), List.of()));
        assertEquals(0, db.candidates.count(mid));
        assertEquals(audits, db.database.dsl().fetchCount(AUDIT_ENTRY), "no audit entry for what was rolled back");
        assertEquals(0, db.database.dsl().fetchCount(CANDIDATE_STATUS_CHANGE));
    }

    @Test
    void utf8WithAndWithoutBomAndCommasAreFound() throws Exception {
        String csv = "Fornavn,Etternavn,Fødselsår\nÅsmund,Øye,2001\n";
        RawTable plain = SpreadsheetFile.read(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)), null, CancelCheck.NEVER);
        assertEquals(TextEncoding.UTF_8, plain.encoding());
        assertEquals(',', plain.separator());
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        RawTable withBom = SpreadsheetFile.read(write("b.csv", bom), null, CancelCheck.NEVER);
        assertEquals(TextEncoding.UTF_8_BOM, withBom.encoding());
        assertEquals("Fornavn", withBom.headers().get(0), "the mark is not part of the first header");
        CandidateImporter.Checked c = check(withBom);
        assertEquals("Åsmund Øye", c.rows().get(0).candidate().fullName());
        assertTrue(c.rows().get(0).valid());
    }

    private String refusal(byte[] bytes, TextEncoding chosen) throws Exception {
        Path p = write("bad", bytes);
        return assertThrows(ImportRefused.class, () -> SpreadsheetFile.read(p, chosen, CancelCheck.NEVER)).messageKey();
    }

    @Test
    void everyMalformedFileIsRefusedWithItsOwnMessage() throws Exception {
        assertEquals("import.refused.empty", refusal(new byte[0], null));
        assertEquals("import.refused.empty", refusal("\r\n\r\n".getBytes(StandardCharsets.UTF_8), null));
        byte[] undefinedIn1252 = "Navn;Fødselsår\nA\u0081B;2001\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("import.refused.encoding", refusal(undefinedIn1252, null), "0x81 is neither UTF-8 nor Windows-1252");
        assertEquals("import.refused.encoding", refusal(MESSY.getBytes(CP1252), TextEncoding.UTF_8), "the user's wrong pick is refused");
        byte[] mixed = concat("Navn;Fødselsår\nÅse;2001\n".getBytes(StandardCharsets.UTF_8), "Øystein;2002\n".getBytes(CP1252));
        assertEquals("import.refused.mixedEncoding", refusal(mixed, null));
        assertEquals("import.refused.ragged", refusal("Navn;Fødselsår\nAse;2001;ekstra\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("import.refused.ragged", refusal("Navn;Fødselsår;Kjønn\nAse;2001\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("import.refused.formula", refusal("Navn;Fødselsår\n=SUM(A1:A2);2001\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("import.refused.unreadable", refusal("Navn;Fødselsår\nA\"se\"x;2001\n\"Open;2002\n".getBytes(StandardCharsets.UTF_8), null),
                "a quote that never closes");
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertEquals("import.refused.protected", refusal(ole2, null), "an encrypted workbook is an OLE2 container");
        assertEquals("import.refused.unreadable", refusal(concat(new byte[] {'P', 'K', 3, 4}, new byte[60]), null), "a broken zip");
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        ImportRefused tooLarge = assertThrows(ImportRefused.class, () -> SpreadsheetFile.read(huge, null, CancelCheck.NEVER));
        assertEquals("import.refused.tooLarge", tooLarge.messageKey());
        assertEquals("Filen er 1 024 MB; Samspill importerer filer på opptil 50 MB. Del den opp, eller fjern kolonner som ikke trengs.",
                new ImportReport(Locale.of("nb")).refusal(tooLarge).replace('\u00a0', ' '));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private byte[] workbook(boolean withFormula) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "Test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Kandidater");
        ws.value(0, 0, "Navn");
        ws.value(0, 1, "Fødselsdato");
        ws.value(0, 2, "Fødselsår");
        ws.value(0, 3, "Status");
        ws.value(1, 0, "Åse Ærlig");
        ws.value(1, 1, LocalDate.of(2001, 4, 3));
        ws.style(1, 1).format("dd.mm.yyyy").set();
        ws.value(1, 2, 2001);
        ws.value(1, 3, "I kvalifisering");
        ws.value(3, 0, "Bent Blank-Rad");
        ws.value(3, 2, 1999);
        if (withFormula) {
            ws.formula(3, 3, "CONCATENATE(\"Akt\",\"iv\")");
        }
        wb.finish();
        return bytes.toByteArray();
    }

    @Test
    void aWorkbookIsReadWithItsDatesAndRowNumbersAndAFormulaIsRefused() throws Exception {
        RawTable t = SpreadsheetFile.read(write("k.xlsx", workbook(false)), null, CancelCheck.NEVER);
        assertEquals(List.of("Navn", "Fødselsdato", "Fødselsår", "Status"), t.headers());
        assertEquals(List.of(2, 4), t.rows().stream().map(RawTable.Row::number).toList(), "the blank row 3 is left out");
        assertEquals("2001-04-03", t.rows().get(0).cell(1));
        assertEquals("2001", t.rows().get(0).cell(2));
        CandidateImporter.Checked checked = check(t);
        assertEquals(List.of(), checked.problems());
        assertEquals(CandidateStatus.IN_QUALIFICATION, checked.rows().get(0).candidate().status());
        assertEquals("import.refused.formula", refusal(workbook(true), null));
    }
}
