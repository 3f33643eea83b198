package no.samspill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.evaluation.AtomicFile;
import no.samspill.evaluation.ProtectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Any tables in, protected tables out (docs/protect-format.md). Needs no data folder. */
@Command(name = "protect", mixinStandardHelpOptions = true, description = "Protects any count tables the way a package is protected.")
final class ProtectCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Parameters(paramLabel = "TABLES.json", description = "The tables, in the format of docs/protect-format.md.")
    Path in;
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the result (default: standard output).")
    Path target;

    @Override
    public Integer call() {
        byte[] input;
        try {
            input = Files.readAllBytes(in);
        } catch (IOException e) {
            spec.commandLine().getErr().println(in + ": there is no such file, or it cannot be read.");
            return Cli.UNAVAILABLE;
        }
        byte[] result = ProtectFile.protect(input);
        if (target != null) {
            AtomicFile.write(target, result);
            spec.commandLine().getOut().println("Wrote " + target + ".");
        } else {
            spec.commandLine().getOut().print(new String(result, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return Cli.OK;
    }
}
