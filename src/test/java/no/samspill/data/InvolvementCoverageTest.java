package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EndReason;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Municipality;
import no.samspill.domain.StatusChange;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceCoverage;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The involvement screen's coverage per workplace, against a count made by hand from the stored
 * records: for each workplace, its candidates not ended, and the year's events at municipality level
 * or naming it. Random municipalities, with a second one beside each whose records must not count.
 */
class InvolvementCoverageTest {

    @TempDir Path dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void coverageMatchesACountByHand() {
        for (int seed = 0; seed < 8; seed++) {
            Random random = new Random(seed);
            Town town = town(random, seed, "A");
            town(random, seed, "B");
            for (int year = 2024; year <= 2025; year++) {
                assertEquals(byHand(town, year), db.involvement.coverage(town.id, year), "seed " + seed + ", " + year);
            }
        }
    }

    private record Town(long id, List<Workplace> workplaces, List<Candidate> candidates) {
    }

    private Town town(Random random, int seed, String suffix) {
        long id = db.municipalities.create(new Municipality(null, String.format("%02d%02d", 10 + seed, suffix.charAt(0) - 'A'),
                "By " + seed + suffix, false)).id();
        List<Workplace> workplaces = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Two share a name, so the order between namesakes is checked too.
            workplaces.add(db.workplaces.save(new Workplace(null, id, i < 2 ? "Tunet" : "Sted " + (char) ('a' + random.nextInt(26)) + i,
                    WorkplaceType.NURSING_HOME, true)));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Long workplace = random.nextInt(5) == 0 ? null : workplaces.get(random.nextInt(workplaces.size())).id();
            Candidate c = db.candidate(id, "Kandidat " + i, workplace, LocalDate.of(2024, 1, 6));
            int fate = random.nextInt(3);
            if (fate > 0) {
                db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2025, 2, 1), null));
            }
            if (fate > 1) {
                db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2025, 9, 1), EndReason.NOT_CLARIFIED));
            }
            candidates.add(c);
        }
        for (int i = 0; i < 12; i++) {
            InvolvementLevel level = random.nextBoolean() ? InvolvementLevel.MUNICIPALITY : InvolvementLevel.WORKPLACE;
            Set<Long> named = new HashSet<>();
            int names = level == InvolvementLevel.WORKPLACE ? 1 + random.nextInt(3) : random.nextInt(2);
            for (int n = 0; n < names; n++) {
                named.add(workplaces.get(random.nextInt(workplaces.size())).id());
            }
            db.involvement.save(new InvolvementEvent(null, id, LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    InvolvementType.DISCUSSION, level, "Møte " + i, null, named, Set.of()));
        }
        return new Town(id, workplaces, candidates);
    }

    private List<WorkplaceCoverage> byHand(Town town, int year) {
        List<InvolvementEvent> events = db.involvement.list(town.id, year);
        List<WorkplaceCoverage> out = new ArrayList<>();
        for (Workplace w : town.workplaces) {
            int candidates = 0;
            for (Candidate c : town.candidates) {
                Candidate now = db.candidates.find(c.id()).orElseThrow();
                if (w.id().equals(now.mainWorkplaceId()) && now.status() != CandidateStatus.ENDED) {
                    candidates++;
                }
            }
            int covering = 0;
            for (InvolvementEvent e : events) {
                if (e.level() == InvolvementLevel.MUNICIPALITY || e.workplaceIds().contains(w.id())) {
                    covering++;
                }
            }
            if (candidates > 0) {
                out.add(new WorkplaceCoverage(w.id(), w.name(), candidates, covering));
            }
        }
        out.sort(Comparator.comparing(WorkplaceCoverage::workplaceName).thenComparing(WorkplaceCoverage::workplaceId));
        return out;
    }
}
