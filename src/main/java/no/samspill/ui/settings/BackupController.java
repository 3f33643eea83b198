package no.samspill.ui.settings;

import no.samspill.ui.common.StartFolder;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import no.samspill.data.Backups;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.shell.AppShell;
import java.util.Optional;
import no.samspill.domain.PasswordRules;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.FormField;

/** The Sikkerhetskopi part of Innstillinger: a backup to a chosen file, and a restore that shows what it holds first. */
public final class BackupController {

    /** What the section may do with the open data. */
    /** {@code onFile}: the data is the file on this laptop; on the server (shared mode) its backups are the server's. */
    public record Actions(Function<Path, Path> backupTo, Function<Path, Backups.Summary> summary, Path folder, boolean onFile) {
    }

    private final Actions actions;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final AppShell shell;

    @FXML private Label folderLabel;
    @FXML private Button backupButton;
    @FXML private Button restoreButton;

    public BackupController(Actions actions, TaskRunner tasks, I18n i18n, Dialogs dialogs, AppShell shell) {
        this.actions = actions;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.shell = shell;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(i18n.format("backup.folder", actions.folder().toString()));
        javafx.scene.Parent section = folderLabel.getParent();
        section.setVisible(actions.onFile());
        section.setManaged(actions.onFile());
    }

    @FXML
    private void onBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(StartFolder.documents());
        chooser.setTitle(i18n.get("backup.save"));
        chooser.setInitialFileName("samspill-sikkerhetskopi" + Backups.SUFFIX);
        File file = chooser.showSaveDialog(backupButton.getScene().getWindow());
        if (file != null) {
            tasks.task(() -> actions.backupTo().apply(file.toPath())).onSuccess(done -> dialogs.info(backupButton, "backup.done.title",
                    i18n.format("backup.done", done.toString()))).onError(e -> dialogs.error(backupButton, "Backup", e)).start();
        }
    }

    @FXML
    private void onChangePassword() {
        Form form = new Form();
        FormField<String> current = form.field("", v -> v.isEmpty() ? Optional.of("validation.required") : Optional.empty());
        FormField<String> next = form.field("", v -> PasswordRules.check(v.toCharArray()));
        FormField<String> repeat = form.field("");
        form.rule(repeat, () -> repeat.value().equals(next.value()) ? Optional.empty() : Optional.of("password.mismatch"));
        if (new FormDialog(i18n, dialogs, "password.change.title", form)
                .info("password.change.info")
                .secret("password.change.current", current)
                .secret("password.change.next", next)
                .secret("password.change.repeat", repeat)
                .showAndWait(backupButton)) {
            shell.changePassword(current.value().toCharArray(), next.value().toCharArray(),
                    () -> dialogs.info(backupButton, "password.change.title", i18n.get("password.wrong")));
        }
    }

    @FXML
    private void onRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("backup.choose"));
        chooser.setInitialDirectory(actions.folder().toFile().isDirectory() ? actions.folder().toFile() : null);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("backup.filter"), "*" + Backups.SUFFIX));
        File file = chooser.showOpenDialog(restoreButton.getScene().getWindow());
        if (file == null) {
            return;
        }
        tasks.task(() -> actions.summary().apply(file.toPath())).onSuccess(summary -> {
            String made = summary.made() == null ? "?" : summary.made().format(DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm"));
            if (dialogs.confirmText(restoreButton, "backup.restore.title", i18n.format("backup.restore.message", made,
                    summary.municipalities(), summary.candidates(), summary.auditEntries()), "backup.restore.ok")) {
                shell.restore(file.toPath());
            }
        }).onError(e -> dialogs.error(restoreButton, "Reading a backup", e)).start();
    }
}
