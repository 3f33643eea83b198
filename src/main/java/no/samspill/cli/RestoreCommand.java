package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.concurrent.Callable;
import no.samspill.data.BackupRestore;
import no.samspill.data.Backups;
import no.samspill.data.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The same restore as the app: shows what the backup holds, asks, keeps the current file aside. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the data with a backup; the current file is kept in aside/.")
final class RestoreCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Parameters(paramLabel = "BACKUP", description = "The backup file.")
    Path backup;
    @Mixin DataFolder data;
    @Option(names = "--yes", description = "Do not ask before replacing the data.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(backup)) {
            err.println(backup + ": there is no such file.");
            return Cli.UNAVAILABLE;
        }
        Path dir = data.path();
        if (!yes && System.console() == null) {
            throw new IllegalArgumentException("Add --yes to replace the data without being asked, or run this in a terminal.");
        }
        char[] password = cli.password(err, "Password for the Samspill data and the backup: ");
        if (password == null) {
            return Cli.UNAVAILABLE;
        }
        try {
            Backups.Summary s = BackupRestore.summary(backup, password);
            out.println("The backup was made " + (s.made() == null ? "(date not in the file name)" : s.made()) + " and holds "
                    + s.municipalities() + " municipalities, " + s.candidates() + " candidates and " + s.auditEntries() + " audit entries.");
            if (!yes) {
                String answer = System.console().readLine("Replace the data in %s with it? The current file is kept in aside/. [y/N] ", dir);
                if (answer == null || !answer.strip().equalsIgnoreCase("y")) {
                    out.println("Nothing was changed.");
                    return Cli.OK;
                }
            }
            if (Database.state(dir) != Database.FileState.NONE) {
                // Opening first proves the password and that the app does not hold the file.
                try (Database db = Database.open(dir, password)) {
                    db.directory();
                }
            }
            Path aside = BackupRestore.restore(dir, backup, password, password, LocalDateTime.now());
            out.println("Restored. The data from before is kept as " + aside + ".");
            return Cli.OK;
        } catch (Database.WrongPasswordException e) {
            err.println("The password does not open the backup or the data; nothing was changed.");
            return Cli.UNAVAILABLE;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
