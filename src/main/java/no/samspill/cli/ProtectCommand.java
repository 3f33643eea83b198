package no.samspill.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samspill.evaluation.ProtectFile;

/** {@code protect TABLES.json [--out FILE]}: any tables in, protected tables out (docs/protect-format.md). Needs no data folder. */
final class ProtectCommand {

    private final PrintStream out;
    private final PrintStream err;

    ProtectCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Map<String, String> options, List<Path> files) {
        if (files.size() != 1) {
            throw new IllegalArgumentException("Name one file of tables to protect, for example: protect tables.json --out protected.json");
        }
        Path in = files.get(0);
        byte[] input;
        try {
            input = Files.readAllBytes(in);
        } catch (IOException e) {
            err.println(in + ": there is no such file, or it cannot be read.");
            return Cli.UNAVAILABLE;
        }
        byte[] result = ProtectFile.protect(input);
        if (options.containsKey("--out")) {
            Path target = Path.of(options.get("--out"));
            Cli.write(target, result);
            out.println("Wrote " + target + ".");
        } else {
            out.print(new String(result, java.nio.charset.StandardCharsets.UTF_8));
        }
        return Cli.OK;
    }
}
