package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.importing.CandidateImporter;
import no.samspill.importing.Field;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.importing.ImportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's ViewModel: reading, remapping a word, checking, deciding and committing, with work run synchronously. */
class ImportViewModelTest {

    @TempDir Path dir;

    @Test
    void aWordMappedByTheUserTurnsARowWithAProblemIntoAnImportedOne() throws Exception {
        TestDatabase db = new TestDatabase(dir.resolve("data"));
        try {
            long mid = db.municipalities.create(new Municipality(null, "9998", "Prøvevik", false)).id();
            List<Throwable> errors = new ArrayList<>();
            ImportViewModel model = new ImportViewModel(new CandidateImporter(db.lookups, db.repositories.candidateImport(),
                    TestDatabase.CLOCK), db.lookups, new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, mid, errors::add));
            Path file = dir.resolve("k.csv");
            Files.writeString(file, "Navn;Fødselsdato;Status\r\nÅse Ås;1.2.2001;sluta\r\nBo Bø;3.4.2000;aktiv\r\nBo Bø;03.04.2000;aktiv\r\n", Charset.forName("windows-1252"));
            model.open(file, null);
            assertNull(model.refusalProperty().get());
            model.check();
            assertEquals(1, model.checkedProperty().get().problems().size(), "«sluta» is not a status the app knows");
            ImportViewModel.Word sluta = model.words().stream().filter(w -> w.field() == Field.STATUS && w.word().equals("sluta")).findFirst().orElseThrow();
            model.mapWord(sluta, "ENDED");
            assertNull(model.checkedProperty().get(), "a changed mapping asks for a new check");
            model.check();
            assertEquals(List.of(), model.checkedProperty().get().problems());
            assertEquals(1, model.checkedProperty().get().duplicates().size());
            model.decide(4, CandidateImporter.Decision.IMPORT);
            int[] reloads = {0};
            model.commit(() -> reloads[0]++);
            assertEquals(new CandidateImporter.Outcome(3, 0, 0, 0), model.outcomeProperty().get());
            assertEquals(1, reloads[0]);
            assertEquals(3, db.candidates.count(mid));
            assertEquals(List.of(), errors);
        } finally {
            db.database.close();
        }
    }
}
