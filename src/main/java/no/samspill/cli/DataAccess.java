package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import no.samspill.data.Database;

/** What several commands share: the password, opening the data, and writing a file in one move. */
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

    static void write(Path target, byte[] bytes) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".samspill", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + target + ": check the folder and the disk.", e);
        }
    }
}
