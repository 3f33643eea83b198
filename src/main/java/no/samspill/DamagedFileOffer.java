package no.samspill;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import no.samspill.data.Backups;
import no.samspill.data.DamagedData;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;

/** The question after a damaged data file was set aside: restore the newest backup that opens? */
final class DamagedFileOffer {

    private DamagedFileOffer() {
    }

    /** The backup to restore, or empty when there is none (the user is told) or the user declines. */
    static Optional<Backups.Summary> ask(DamagedData.DamagedException damaged) {
        I18n text = new I18n(Language.DEFAULT);
        if (damaged.newestBackup().isEmpty()) {
            new Alert(Alert.AlertType.WARNING, text.format("damaged.noBackup", damaged.movedTo().toString()), ButtonType.OK).showAndWait();
            return Optional.empty();
        }
        Backups.Summary backup = damaged.newestBackup().get();
        ButtonType restore = new ButtonType(text.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text.format("damaged.offer", damaged.movedTo().toString(),
                backup.made() == null ? "?" : backup.made().format(DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm")),
                backup.candidates()), restore, new ButtonType(text.get("common.cancel").replace("_", ""),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.setHeaderText(text.get("damaged.title"));
        return ask.showAndWait().orElse(ButtonType.CANCEL) == restore ? Optional.of(backup) : Optional.empty();
    }
}
