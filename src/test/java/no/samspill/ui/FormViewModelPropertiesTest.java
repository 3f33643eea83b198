package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.ui.candidates.CandidateFormViewModel;
import no.samspill.ui.common.TaskRunner;

/**
 * The candidate form with hostile input in every text field: no uncaught exception, every message
 * exists in bokmål, and a save either stores the record whole or is refused with nothing written.
 */
class FormViewModelPropertiesTest {

    private static final ResourceBundle NB = ResourceBundle.getBundle("i18n.messages", Locale.of("nb", "NO"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static Path dir;
    private static TestDatabase db;
    private static long mid;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("samspill-props");
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
    }

    @AfterContainer
    static void close() {
        db.database.close();
    }

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(260), Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.strings().numeric().ofMaxLength(12), Arbitraries.just("2001"), Arbitraries.just("Ola Nordmann"),
                Arbitraries.strings().ofLength(5_000));
    }

    @Property(tries = 150)
    void hostileInputNeverBreaksTheFormOrWritesHalfARecord(@ForAll("nasty") String name, @ForAll("nasty") String year,
                                                          @ForAll("nasty") String contact, @ForAll("nasty") String note) {
        List<Throwable> errors = new ArrayList<>();
        CandidateFormViewModel form = new CandidateFormViewModel(db.candidates, db.lookups, new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, mid, errors::add));
        form.loadLookups();
        form.startNew();
        form.fullNameProperty().set(name);
        form.birthYearProperty().set(year);
        form.contactProperty().set(contact);
        form.noteProperty().set(note);
        for (var key : List.of(form.fullNameErrorProperty(), form.birthYearErrorProperty(), form.contactErrorProperty(), form.noteErrorProperty())) {
            assertTrue(key.get() == null || NB.containsKey(key.get()), "no message for " + key.get());
        }
        int before = db.candidates.count(mid);
        boolean valid = form.validProperty().get();
        form.save(c -> { }, found -> true);
        int after = db.candidates.count(mid);
        assertTrue(errors.isEmpty(), "a valid form saves without error: " + errors);
        assertTrue(valid ? after == before + 1 : after == before, "saved whole, or not at all");
    }
}
