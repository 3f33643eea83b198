package no.samspill.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.PackageVerifier;
import no.samspill.evaluation.SecretariatKeys;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.settings.SecretariatKeyViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The municipal side and the secretariat's side through the ViewModels the screens use: a key
 * pasted in Innstillinger is kept and makes the export carry a companion; the roll-up opens it with
 * the key file and its password, and a wrong password says so and writes nothing.
 */
class CompanionViewModelsTest {

    @TempDir Path dir;

    @Test
    void aKeyFromInnstillingerGoesIntoTheExportAndTheKeyFileOpensItInTheRollUp() throws Exception {
        TestDatabase db = new TestDatabase(dir.resolve("data"));
        try {
            Municipality demo = db.demo.create("Fjordvik");
            ViewModelContext context = new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, demo.id(), e -> fail(e));
            SecretariatKeys.Generated keys = SecretariatKeys.generate("KS Vest", "Vest-Sekretariat-26".toCharArray());

            SecretariatKeyViewModel settings = new SecretariatKeyViewModel(db.repositories.settings(), context);
            settings.use("ikke en nøkkel");
            assertEquals("settings.secretariat.invalid", settings.errorProperty().get());
            assertNull(settings.keyProperty().get());
            settings.use("Hei!\n" + keys.publicKey().text());
            assertNull(settings.errorProperty().get());
            SecretariatKeyViewModel later = new SecretariatKeyViewModel(db.repositories.settings(), context);
            later.load();
            assertEquals(keys.publicKey(), later.keyProperty().get(), "the key is kept in the data file");

            var model = new EvaluationViewModel(db.repositories.evaluation(), demo, "test", "nb", context);
            model.load();
            assertNotNull(model.previewProperty().get());
            model.companionToProperty().set(later.keyProperty().get());
            Path pack = dir.resolve("pakke.zip");
            model.export(pack, p -> { });
            PackageVerifier.Result verified = PackageVerifier.verify(pack);
            assertTrue(verified.valid(), String.join("; ", verified.problems()));
            assertTrue(verified.payload().containsKey("confidential.age"), "the package carries the companion");

            Path keyFile = dir.resolve("secretariat-private-key.age");
            Files.write(keyFile, keys.privateFile());
            AtomicBoolean wrong = new AtomicBoolean();
            model.rollUps().rollUp(List.of(pack), "Samlet", model.thresholdProperty().get(), dir.resolve("wrong.zip"), keyFile, "Feil-Passord-123".toCharArray(),
                    o -> fail("a wrong password adds nothing up"), () -> wrong.set(true));
            assertTrue(wrong.get());
            assertTrue(Files.notExists(dir.resolve("wrong.zip")));

            AtomicReference<EvaluationService.RollUpOutcome> outcome = new AtomicReference<>();
            char[] password = "Vest-Sekretariat-26".toCharArray();
            model.rollUps().rollUp(List.of(pack), "Samlet", model.thresholdProperty().get(), dir.resolve("samlet.zip"), keyFile, password, outcome::set, () -> fail("the password is right"));
            assertEquals(List.of(), outcome.get().refused());
            assertEquals(1, outcome.get().exactInputs());
            assertTrue(new String(password).chars().allMatch(c -> c == 0), "the password is wiped after use");
            assertTrue(PackageVerifier.verify(dir.resolve("samlet.zip")).valid());
        } finally {
            db.database.close();
        }
    }
}
