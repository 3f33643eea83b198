package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidatePage;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list's narrowing in Java against the database's own search as the oracle: whenever a page
 * says it can work out a narrower filter's page without asking, that page must be exactly the one
 * the database gives (rows, order and "more match"). Names and texts are random over Norwegian and
 * other letters, both cases, LIKE's own characters and letters whose lower case is special ("İ",
 * "ß", final sigma), so the places where Java and a database lower-case differently are tried.
 */
class CandidateNarrowingTest {

    private static final String LETTERS = "aeikrsnoAEIKRSNOæøåÆØÅéÉüÜ %_! ";
    /** Letters whose lower case is special, drawn one time in thirty. */
    private static final String SPECIAL = "ßİıΣσςǅ";
    @TempDir Path dir;
    TestDatabase db;
    Municipality kommune;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        kommune = db.municipalities.create(new Municipality(null, "1234", "Testvik", false));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void aNarrowedPageIsTheDatabasesPage() {
        Random random = new Random(20261124);
        CandidateStatus[] statuses = CandidateStatus.values();
        for (int i = 0; i < 160; i++) {
            Candidate c = CandidateRepositoryTest.draft(kommune.id(), "N" + word(random, 2 + random.nextInt(8)).strip() + "a", 1990 + random.nextInt(15));
            db.candidates.save(new Candidate(null, c.municipalityId(), c.fullName(), null, c.birthYear(), null, c.gender(), null,
                    c.referralDate(), c.referralSource(), null, c.programme(), statuses[random.nextInt(2)], null, null));
        }
        int narrowed = 0;
        int declined = 0;
        for (int i = 0; i < 400; i++) {
            int limit = 1 + random.nextInt(60);
            CandidateStatus status = random.nextInt(3) == 0 ? statuses[random.nextInt(2)] : null;
            CandidateFilter shown = new CandidateFilter(word(random, random.nextInt(3)), status);
            String longer = random.nextBoolean() ? shown.text() + word(random, 1 + random.nextInt(2))
                    : word(random, 1) + shown.text();
            CandidateFilter next = new CandidateFilter(random.nextInt(8) == 0 ? longer.toUpperCase(java.util.Locale.ROOT) : longer,
                    random.nextInt(10) == 0 ? statuses[random.nextInt(2)] : status);
            CandidatePage page = db.candidates.page(kommune.id(), shown, limit);
            Optional<CandidatePage> known = page.narrowed(shown, next);
            if (known.isPresent()) {
                narrowed++;
                CandidatePage expected = db.candidates.page(kommune.id(), next, limit);
                assertEquals(expected, known.get(), "«" + shown.text() + "» to «" + next.text() + "», limit " + limit);
            } else {
                declined++;
            }
            assertEquals(Optional.of(page), page.narrowed(shown, shown), "the same filter gives the same page");
        }
        assertTrue(narrowed > 100 && declined > 50, "both outcomes were tried: " + narrowed + " narrowed, " + declined + " declined");
    }

    /**
     * "İ" lower-cases to two characters in Java (as in H2, which lower-cases with Java) and to one in
     * PostgreSQL ("nia"), so "ia" is found there and not in Java: a page holding such a name is left to
     * the database, and the database's answer is the one shown.
     */
    @Test
    void aNameWhoseLowerCaseIsSpecialIsLeftToTheDatabase() {
        for (String name : List.of("Nİa Berg", "Kari Nilsen")) {
            db.candidates.save(CandidateRepositoryTest.draft(kommune.id(), name, 1999));
        }
        CandidateFilter shown = new CandidateFilter("", null);
        CandidatePage page = db.candidates.page(kommune.id(), shown, 10);
        assertEquals(2, page.rows().size());
        assertEquals(Optional.empty(), page.narrowed(shown, new CandidateFilter("ia", null)));
        CandidatePage plain = db.candidates.page(kommune.id(), new CandidateFilter("kari", null), 10);
        assertEquals(db.candidates.page(kommune.id(), new CandidateFilter("kari n", null), 10),
                plain.narrowed(new CandidateFilter("kari", null), new CandidateFilter("kari n", null)).orElseThrow());
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String from = random.nextInt(30) == 0 ? SPECIAL : LETTERS;
            s.append(from.charAt(random.nextInt(from.length())));
        }
        return s.toString();
    }
}
