package no.samspill.ui.candidates;

import no.samspill.ui.common.StartFolder;
import java.io.File;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;

/** Innsyn from the candidate screen: pick a folder, write the access report there, and say where. */
final class AccessRequestFlow {

    private final AccessRequestViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    AccessRequestFlow(AccessRequestViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    void ask(Node owner, long candidateId) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setInitialDirectory(StartFolder.documents());
        chooser.setTitle(i18n.get("candidates.access.choose"));
        File folder = chooser.showDialog(owner.getScene().getWindow());
        if (folder != null) {
            model.write(candidateId, folder.toPath(), files -> dialogs.info(owner, "candidates.access.done.title",
                    i18n.format("candidates.access.done", folder.toString())));
        }
    }
}
