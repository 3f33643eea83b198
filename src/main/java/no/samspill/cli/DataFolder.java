package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import no.samspill.data.DataDirectory;
import no.samspill.data.Database;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option and opening the data there with its password: a mixin for every command that uses data. */
final class DataFolder {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data folder (default: this machine's).")
    String dataDir;

    Path path() {
        return DataDirectory.forThisMachine(dataDir);
    }

    /** Runs {@code work} on the opened data and closes it; exit 5 when the data cannot be opened (the reason is said). */
    int withData(Cli cli, PrintWriter err, Function<Database, Integer> work) {
        Database db = open(cli, err);
        if (db == null) {
            return Cli.UNAVAILABLE;
        }
        try (db) {
            return work.apply(db);
        }
    }

    /** Opens the data, asking for the password when the file is encrypted. Says why and returns null when it cannot. */
    Database open(Cli cli, PrintWriter err) {
        Path dataDir = path();
        if (!Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"))) {
            err.println("There is no Samspill data in " + dataDir + ".");
            return null;
        }
        char[] password = null;
        if (Database.state(dataDir) == Database.FileState.ENCRYPTED) {
            password = cli.password(err, "Password for the Samspill data: ");
            if (password == null) {
                return null;
            }
        }
        try {
            return Database.open(dataDir, password);
        } catch (Database.WrongPasswordException e) {
            err.println("The password is wrong; nothing was opened.");
            return null;
        } catch (RuntimeException e) {
            err.println("The data in " + dataDir + " cannot be opened. If Samspill is open, close it, or use the app.");
            return null;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
