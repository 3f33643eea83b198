package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import no.samspill.data.Database;

/** What several commands share: opening the data with its password. */
final class DataAccess {

    private DataAccess() {
    }

    /** Opens the data, asking for the password when the file is encrypted. Says why and returns null when it cannot. */
    static Database open(Cli cli, Path dataDir, PrintWriter err) {
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
