package no.samspill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.NationalIdStorageTest;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageExport;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.Threshold;
import no.samspill.ui.candidates.CandidateFormViewModel;
import no.samspill.ui.candidates.CandidateListViewModel;
import no.samspill.ui.common.ErrorMessages;
import no.samspill.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A scripted session over a fixture with personal values, including failures whose messages quote
 * those values, then a search of every log file for every one of them.
 */
class LogPrivacyTest {

    @TempDir Path dir;

    @Test
    void theLogsHoldNoPersonalValueFromTheSession() throws Exception {
        String name = "Henrietta Kvalsundgjerde";
        String contact = "henrietta.kv@example.no";
        String nationalId = NationalIdStorageTest.TEST_NUMBER.value();
        String note = "Bor alene etter samlivsbrudd";
        List<String> personal = List.of(name, "Kvalsundgjerde", contact, nationalId, note, "17.04.2001", "2001-04-17");

        TestDatabase db = new TestDatabase(dir);
        long mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        db.municipalities.setStoreNationalId(mid, true);
        List<Throwable> errors = new ArrayList<>();
        CandidateFormViewModel form = new CandidateFormViewModel(db.candidates, db.lookups, new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, mid, e -> {
                    errors.add(e);
                    ErrorMessages.log("Saving a candidate", e);
                }));
        form.loadLookups();
        form.startNew();
        form.fullNameProperty().set(name);
        form.birthYearProperty().set("2001");
        form.birthDateProperty().set(LocalDate.of(2001, 4, 17));
        form.contactProperty().set(contact);
        form.noteProperty().set(note);
        form.nationalIdProperty().set(nationalId);
        form.save(c -> { }, found -> true);
        form.save(c -> { }, found -> true);
        new CandidateListViewModel(db.candidates, new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, mid, errors::add)).refresh();
        // A failure whose message quotes the row, as a database error can.
        ErrorMessages.log("Saving a candidate", new IllegalStateException("Value too long for column FULL_NAME: '" + name + "' " + nationalId,
                new SQLException("Unique index violation: " + contact)));
        EvaluationRepository repo = new EvaluationRepository(db.database.dsl(), db.audit, TestDatabase.CLOCK);
        try {
            PackageExport.prepare("1234", "Testvik", repo.facts(mid), Period.ofYear(2026), Threshold.NAV,
                    new Narrative("Det gikk bra for Henrietta.", "", "", ""), repo.personalValues(mid), "test", "nb");
        } catch (PackageExport.BlockedException expected) {
            ErrorMessages.log("Exporting", expected);
        }
        EvaluationPackage.build(PackageExport.prepare("1234", "Testvik", repo.facts(mid), Period.ofYear(2026), Threshold.NAV,
                Narrative.EMPTY, repo.personalValues(mid), "test", "nb"));
        db.database.close();
        assertTrue(Optional.ofNullable(errors).isPresent());

        Path logDir = Path.of(System.getProperty("samspill.logDir", "target/test-logs"));
        List<Path> logs;
        try (Stream<Path> files = Files.walk(logDir)) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        assertFalse(logs.isEmpty(), "the session wrote a log");
        String all = String.join("\n", logs.stream().map(LogPrivacyTest::read).toList());
        assertTrue(all.contains("Saving a candidate failed"), "the failure was logged, to this folder");
        for (String value : personal) {
            assertFalse(all.toLowerCase().contains(value.toLowerCase()), "a log contains «" + value + "»");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
