package no.samspill.ui.evaluation;

import no.samspill.ui.common.StartFolder;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;

/**
 * "Slå sammen pakker": choose the packages, optionally the secretariat's private key file and its
 * password (so companions count exactly, ADR 0021), then where the roll-up goes.
 */
final class RollUpFlow {

    private final EvaluationViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    RollUpFlow(EvaluationViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    void run(Node owner) {
        FileChooser open = new FileChooser();
        open.setInitialDirectory(StartFolder.documents());
        open.setTitle(i18n.get("evaluation.rollUp.choose"));
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("evaluation.export.filter"), "*.zip"));
        List<File> files = open.showOpenMultipleDialog(owner.getScene().getWindow());
        if (files == null || files.isEmpty()) {
            return;
        }
        int answer = dialogs.ask(owner, "evaluation.rollUp.key.title", i18n.get("evaluation.rollUp.key.message"),
                List.of(i18n.get("evaluation.rollUp.key.use"), i18n.get("evaluation.rollUp.key.none"), i18n.get("common.cancel")));
        if (answer == 2) {
            return;
        }
        Path keyFile = null;
        char[] password = null;
        if (answer == 0) {
            FileChooser key = new FileChooser();
            key.setInitialDirectory(StartFolder.documents());
            key.setTitle(i18n.get("evaluation.rollUp.key.choose"));
            key.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("evaluation.rollUp.key.filter"), "*.age"));
            File chosen = key.showOpenDialog(owner.getScene().getWindow());
            if (chosen == null) {
                return;
            }
            password = dialogs.password(owner, "evaluation.rollUp.key.password.title", "evaluation.rollUp.key.password");
            if (password == null) {
                return;
            }
            keyFile = chosen.toPath();
        }
        FileChooser save = new FileChooser();
        save.setInitialDirectory(StartFolder.documents());
        save.setTitle(i18n.get("evaluation.rollUp.save"));
        save.setInitialFileName("samspill-samlet-" + model.yearProperty().get() + ".zip");
        File target = save.showSaveDialog(owner.getScene().getWindow());
        if (target == null) {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            return;
        }
        boolean withKey = keyFile != null;
        model.rollUps().rollUp(files.stream().map(File::toPath).toList(), i18n.get("evaluation.rollUp.name"), model.thresholdProperty().get(),
                target.toPath(), keyFile, password,
                outcome -> {
                    if (outcome.refused().isEmpty()) {
                        dialogs.info(owner, "evaluation.rollUp.done.title", i18n.format("evaluation.rollUp.done", outcome.packages(),
                                outcome.written().toString()) + (!withKey ? ""
                                : "\n" + i18n.format("evaluation.rollUp.done.exact", outcome.exactInputs(), outcome.packages() - outcome.exactInputs())));
                    } else {
                        dialogs.info(owner, "evaluation.rollUp.refused.title",
                                i18n.format("evaluation.rollUp.refused", String.join("\n", outcome.refused())));
                    }
                },
                () -> dialogs.info(owner, "evaluation.rollUp.key.wrong.title", i18n.get("evaluation.rollUp.key.wrong")));
    }
}
