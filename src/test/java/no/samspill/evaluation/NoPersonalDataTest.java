package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.NationalIdStorageTest;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Mentor;
import no.samspill.domain.Municipality;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.StatusChange;
import no.samspill.domain.UnionRepresentative;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.format.DateTimeFormatter;

/**
 * Builds a package from a database full of personal values and searches every file in it, the PDF's
 * text and the spreadsheet's XML included, for every one of them.
 */
class NoPersonalDataTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    final List<String> personal = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        db.municipalities.setStoreNationalId(mid, true);
        Workplace home = db.workplaces.save(new Workplace(null, mid, "Solbakken sykehjem", WorkplaceType.NURSING_HOME, true));
        String[][] people = {{"Ingeborg Quistgaard", "ingeborg@example.no", "2001-04-17"}, {"Zakarias Øvrebø", "+47 912 34 567", "1999-11-02"},
            {"Wenche Fjellvang", "wenche.f@example.no", "2003-07-29"}, {"Yusuf Brennhovd", "98765432", "2000-01-23"},
            {"Ragnhild Tverberg", "ragnhild@example.no", "2002-05-05"}};
        for (int i = 0; i < people.length; i++) {
            LocalDate born = LocalDate.parse(people[i][2]);
            Candidate c = db.candidates.save(new Candidate(null, mid, people[i][0], people[i][1], born.getYear(), born,
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, null, LocalDate.of(2026, 1, 10 + i), ReferralSource.NAV, home.id(),
                    Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, "Sårbar situasjon hjemme, notat nr " + i, null),
                    i == 0 ? Optional.of(NationalIdStorageTest.TEST_NUMBER) : Optional.empty(), null);
            db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 2, 1), null));
            personal.addAll(List.of(people[i][0], people[i][1], people[i][2], born.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                    "Sårbar situasjon hjemme"));
            personal.addAll(List.of(people[i][0].split(" ")));
        }
        personal.add(NationalIdStorageTest.TEST_NUMBER.value());
        Mentor mentor = db.mentors.save(new Mentor(null, mid, "Margrethe Vindenes", home.id(), true));
        personal.addAll(List.of("Margrethe Vindenes", "Vindenes"));
        UnionRepresentative tor = db.representatives.save(new UnionRepresentative(null, mid, db.representatives.unions().get(0).id(), null,
                "Torgrim Haugsvær", RepresentativeLevel.MAIN, true));
        personal.addAll(List.of("Torgrim Haugsvær", "Haugsvær"));
        db.involvement.save(new InvolvementEvent(null, mid, LocalDate.of(2026, 3, 1), InvolvementType.DISCUSSION, InvolvementLevel.WORKPLACE,
                "Turnus for Ingeborg", "Avtalt med Torgrim", Set.of(home.id()), Set.of(tor.id())));
        personal.add("Turnus for Ingeborg");
        assertTrue(mentor.id() != null);
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void noFileInThePackageHoldsAnyPersonalValueFromTheFixture() throws Exception {
        EvaluationRepository repo = new EvaluationRepository(db.database.dsl(), db.audit, TestDatabase.CLOCK);
        Evaluation.Result result = Evaluation.compute(repo.facts(mid), new Period(2026, LocalDate.of(2026, 6, 15)), Threshold.SSB);
        PackageContent content = new PackageContent("1234", "Testvik", result,
                new Narrative("Godt samarbeid.", "", "", ""), "test", "nb");
        assertTrue(NarrativeCheck.check(content.narrative(), repo.personalValues(mid)).isEmpty());
        Map<String, byte[]> files = EvaluationPackageTest.unzip(EvaluationPackage.build(content));
        assertEquals(9, files.size(), "four tag files and five payload files");
        int searched = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            for (String text : readable(f.getKey(), f.getValue())) {
                for (String value : personal) {
                    assertFalse(text.toLowerCase().contains(value.toLowerCase()), f.getKey() + " contains «" + value + "»");
                }
                searched++;
            }
        }
        assertTrue(searched >= 9, "every file, the PDF's text and the spreadsheet's parts were searched");
        long active = result.indicators().stream().filter(i -> i.indicator().id().equals("participants.active")).findFirst().orElseThrow()
                .current().cell(4, 4);
        assertEquals(5, active, "the package still counts the five people");
    }

    @Test
    void theNarrativeCheckFindsAFirstNameAndANationalId() {
        EvaluationRepository repo = new EvaluationRepository(db.database.dsl(), db.audit, TestDatabase.CLOCK);
        Narrative n = new Narrative("Det gikk bra for ingeborg i år.", "", "Møte med Nav om " + NationalIdStorageTest.TEST_NUMBER.value(), "");
        List<NarrativeCheck.Finding> found = NarrativeCheck.check(n, repo.personalValues(mid));
        assertEquals(List.of("whatWorked:ingeborg", "cooperation:" + NationalIdStorageTest.TEST_NUMBER.value()),
                found.stream().map(f -> f.section() + ":" + f.text()).toList());
        assertTrue(NarrativeCheck.check(new Narrative("Ingebjørg og mentorordningen", "", "", ""), repo.personalValues(mid)).isEmpty(),
                "a longer word that starts like a name is not the name, and 'mentor' is an ordinary word");
    }

    /** The file's raw text, plus the text inside a PDF and the parts of a zip (xlsx). */
    private static List<String> readable(String name, byte[] data) throws Exception {
        List<String> out = new ArrayList<>();
        out.add(new String(data, StandardCharsets.UTF_8));
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(data)) {
                out.add(new PDFTextStripper().getText(doc));
            }
        }
        if (name.endsWith(".xlsx")) {
            for (byte[] part : EvaluationPackageTest.unzip(data).values()) {
                out.add(new String(part, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
