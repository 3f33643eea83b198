package no.samspill.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import no.samspill.data.ServerDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The administrator's step in shared mode: the schema's owner brings the server to this version. */
@Command(name = "server-migrate", mixinStandardHelpOptions = true,
        description = "Sets up or updates the schema on a municipality's PostgreSQL server, signed in as the schema's owner.")
final class ServerMigrateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Mixin ServerOptions server;

    @Override
    public Integer call() {
        char[] password = cli.serverPassword(spec.commandLine().getErr());
        if (password == null) {
            return Cli.UNAVAILABLE;
        }
        try {
            ServerDatabase.migrate(server.address(), password);
            spec.commandLine().getOut().println("The schema on " + server.host + "/" + server.database + " is up to date. "
                    + "Coordinators sign in with login roles that are members of samspill_coordinator, each named with "
                    + "its municipality in municipality_member.");
            return Cli.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
