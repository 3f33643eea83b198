package no.samspill.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.data.Backups;
import no.samspill.data.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The same encrypted backup as Innstillinger → Sikkerhetskopi. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Writes an encrypted backup of the data to a file.")
final class BackupCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup to write.")
    Path target;
    @Mixin DataFolder data;

    @Override
    public Integer call() {
        return data.withData(cli, spec.commandLine().getErr(), db -> {
            if (Database.state(db.directory()) != Database.FileState.ENCRYPTED) {
                spec.commandLine().getErr().println("The data is not encrypted; open it in the app once to choose a password first.");
                return Cli.UNAVAILABLE;
            }
            Backups.write(db, target.toAbsolutePath());
            spec.commandLine().getOut().println("Wrote the backup " + target + ". It opens with the data password.");
            return Cli.OK;
        });
    }
}
