package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import no.samspill.domain.PasswordRules;
import no.samspill.evaluation.SecretariatKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Makes a national secretariat's key pair: a public key to hand to municipalities, a private key file kept under a password.")
final class KeygenCommand implements Callable<Integer> {

    static final String PRIVATE_FILE = "secretariat-private-key.age";
    static final String PUBLIC_FILE = "secretariat-public-key.txt";

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Option(names = "--organisation", required = true, description = "The secretariat's name, as municipalities will see it.")
    String organisation;
    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Where to write the two files.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path secret = folder.resolve(PRIVATE_FILE);
        Path open = folder.resolve(PUBLIC_FILE);
        if (Files.exists(secret) || Files.exists(open)) {
            err.println(folder + " already holds a secretariat key; nothing was written. Choose another folder.");
            return Cli.UNAVAILABLE;
        }
        char[] password = cli.keyPassword(err, "A password for the private key: ");
        if (password == null) {
            return Cli.UNAVAILABLE;
        }
        try {
            Optional<String> weak = PasswordRules.check(password);
            if (weak.isPresent()) {
                err.println(ResourceBundle.getBundle("i18n.messages", Locale.ROOT).getString(weak.get()));
                return Cli.USAGE;
            }
            SecretariatKeys.Generated keys = SecretariatKeys.generate(organisation, password);
            Files.createDirectories(folder);
            Files.write(secret, keys.privateFile());
            try {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file is protected by its password alone.
            }
            Files.writeString(open, keys.publicKey().text(), StandardCharsets.UTF_8);
            out.println("Wrote " + open + " (hand it to the municipalities) and " + secret + " (keep it; it needs the password).");
            out.println("Fingerprint: " + keys.publicKey().fingerprint());
            return Cli.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
