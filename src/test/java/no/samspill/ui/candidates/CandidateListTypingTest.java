package no.samspill.ui.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.data.TestDatabase;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidate list while the user types: how many queries reach the database, and that the rows are the database's. */
class CandidateListTypingTest {

    @TempDir Path dir;
    TestDatabase db;
    Municipality demo;
    List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        demo = db.demo.create("Fjordvik (demo)");
    }

    @AfterEach
    void tearDown() {
        db.database.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    /**
     * Typing while a load runs: no query per key, but one more load with the text as it is when the
     * first ends ("demoli" is not within "zz", so the first page cannot tell its rows).
     */
    @Test
    void keysTypedDuringALoadLoadOnceMoreWithTheLatestText() {
        List<Runnable> held = new ArrayList<>();
        TaskRunner holding = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<Throwable> onError) {
                held.add(() -> TaskRunner.synchronous().run(work, onSuccess, onError));
            }
        };
        CandidateListViewModel typed = new CandidateListViewModel(db.candidates,
                new ViewModelContext(holding, TestDatabase.CLOCK, demo.id(), errors::add));
        typed.filterTextProperty().set("zz");
        typed.filterTextProperty().set("z");
        typed.filterTextProperty().set("demoli");
        assertEquals(1, held.size(), "the first key's query runs; the keys typed meanwhile wait");
        held.remove(0).run();
        assertEquals(1, held.size(), "when it ends, one more query, not one per key");
        assertTrue(typed.loadingProperty().get());
        held.remove(0).run();
        assertTrue(held.isEmpty());
        assertFalse(typed.loadingProperty().get());
        java.util.Set<Long> expected = new java.util.HashSet<>();
        db.candidates.list(demo.id(), CandidateFilter.ALL).stream().filter(c -> c.fullName().toLowerCase().contains("demoli"))
                .forEach(c -> expected.add(c.id()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, new java.util.HashSet<>(typed.items().stream().map(CandidateSummary::id).toList()));
    }

    /**
     * A narrower text is worked out from a page that holds every match, without a query, and gives
     * the database's rows (the oracle: the repository's own search); a wider text, a page cut at the
     * limit, or a refresh (the data may have changed) asks the database again.
     */
    @Test
    void aNarrowerTextIsShownFromTheLastPageAndARefreshAsksAgain() {
        java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();
        TaskRunner counting = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<Throwable> onError) {
                queries.incrementAndGet();
                TaskRunner.synchronous().run(work, onSuccess, onError);
            }
        };
        CandidateListViewModel typed = new CandidateListViewModel(db.candidates,
                new ViewModelContext(counting, TestDatabase.CLOCK, demo.id(), errors::add));
        typed.filterTextProperty().set("e");
        assertEquals(1, queries.get());
        assertFalse(typed.truncatedProperty().get());
        int shownForEn = -1;
        for (String text : List.of("en", "en ", "EN", "ens", "en")) {
            typed.filterTextProperty().set(text);
            List<Long> expected = db.candidates.page(demo.id(), new CandidateFilter(text, null), CandidateListViewModel.LIMIT).rows()
                    .stream().map(CandidateSummary::id).toList();
            assertEquals(expected, typed.items().stream().map(CandidateSummary::id).toList(), "rows for «" + text + "»");
            shownForEn = text.equals("en") ? expected.size() : shownForEn;
        }
        assertTrue(shownForEn > 0, "the demo has names with «en»: " + shownForEn);
        assertEquals(1, queries.get(), "every text held «e», whose page held every match");
        typed.filterTextProperty().set("");
        assertEquals(2, queries.get(), "a wider text asks the database");
        typed.refresh();
        assertEquals(3, queries.get(), "a refresh asks the database, even for the text already shown");
    }
}
