package no.samspill.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.evaluation.PackageVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, description = "Checks that packages are whole and unchanged.")
final class VerifyCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PACKAGE", description = "The packages to check.")
    List<Path> files;

    @Override
    public Integer call() {
        int code = Cli.OK;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                spec.commandLine().getErr().println(f + ": there is no such file.");
                code = Cli.INVALID;
                continue;
            }
            PackageVerifier.Result r = PackageVerifier.verify(f);
            if (r.valid()) {
                spec.commandLine().getOut().println(f + ": OK, " + r.payload().size() + " files match the manifest.");
            } else {
                spec.commandLine().getErr().println(f + ": refused: " + String.join("; ", r.problems()) + ".");
                code = Cli.INVALID;
            }
        }
        return code;
    }
}
