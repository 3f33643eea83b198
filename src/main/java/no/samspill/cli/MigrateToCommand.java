package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.data.Database;
import no.samspill.data.ServerDatabase;
import no.samspill.data.TableTransfer;
import no.samspill.domain.PasswordRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Moves the data between the file and the server, either way, and proves the move by each table's
 * row count and checksum read again on both sides (ADR 0026).
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true,
        description = {"Moves all the data from the file to a PostgreSQL server (migrate-to server, signed in as the schema's owner; "
                + "the server must hold no municipality yet), or from the server into a new file (migrate-to file, "
                + "signed in as a coordinator: what the role sees).",
                "Prints each table's rows and checksum on both sides; exit 4 when any differs."})
final class MigrateToCommand implements Callable<Integer> {

    enum Target { server, file }

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Parameters(index = "0", paramLabel = "server|file", description = "Where the data goes.")
    Target target;
    @Mixin ServerOptions server;
    @Mixin DataFolder data;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (target == Target.file && Database.state(data.path()) != Database.FileState.NONE) {
            err.println("There is Samspill data in " + data.path() + " already; name a new folder with --data-dir.");
            return Cli.UNAVAILABLE;
        }
        Database file = target == Target.server ? data.open(cli, err) : newFile(err);
        if (file == null) {
            return Cli.UNAVAILABLE;
        }
        char[] serverPassword = cli.serverPassword(err);
        if (serverPassword == null) {
            file.close();
            return Cli.UNAVAILABLE;
        }
        try (file) {
            if (target == Target.server) {
                ServerDatabase.migrate(server.address(), serverPassword);
            }
            try (Database shared = ServerDatabase.open(server.address(), serverPassword, data.path())) {
                List<TableTransfer.Compared> compared = target == Target.server
                        ? TableTransfer.copy(file.dsl(), shared.dsl(), t -> { })
                        : TableTransfer.copy(shared.dsl(), file.dsl(), t -> { });
                return report(compared);
            }
        } catch (TableTransfer.TargetNotEmptyException e) {
            err.println("The server already holds a municipality's data; nothing was written.");
            return Cli.UNAVAILABLE;
        } finally {
            Arrays.fill(serverPassword, '\0');
        }
    }

    private Database newFile(PrintWriter err) {
        char[] password = cli.password(err, "Choose a password for the new Samspill data: ");
        if (password == null) {
            return null;
        }
        try {
            if (PasswordRules.check(password).isPresent()) {
                err.println("The password is too weak: at least 10 characters of three kinds, or 16 of any kind.");
                return null;
            }
            Files.createDirectories(data.path());
            return Database.open(data.path(), password);
        } catch (java.io.IOException e) {
            err.println("The folder " + data.path() + " cannot be made.");
            return null;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private int report(List<TableTransfer.Compared> compared) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-28s %10s %10s  %-16s %s%n", "table", "rows from", "rows to", "checksum", "");
        for (TableTransfer.Compared c : compared) {
            out.printf("%-28s %10d %10d  %-16s %s%n", c.source().table(), c.source().rows(), c.target().rows(),
                    c.source().sha256().substring(0, 16), c.same() ? "same" : "DIFFERS " + c.target().sha256().substring(0, 16));
        }
        long differ = compared.stream().filter(c -> !c.same()).count();
        if (differ > 0) {
            spec.commandLine().getErr().println(differ + " tables differ after the move; do not use the target.");
            return Cli.INVALID;
        }
        out.println("Moved " + compared.size() + " tables; every table has the same rows and checksum on both sides.");
        return Cli.OK;
    }
}
