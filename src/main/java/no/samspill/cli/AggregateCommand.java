package no.samspill.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.samspill.AppVersion;
import no.samspill.evaluation.PackageVerifier;
import no.samspill.evaluation.RollUp;
import no.samspill.evaluation.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Adds verified packages up into a regional or national package.")
final class AggregateCommand implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The roll-up to write.")
    Path target;
    @Option(names = "--name", defaultValue = "Nasjonalt", description = "The roll-up's name.")
    String name;
    @Option(names = "--threshold", defaultValue = "nav", description = "nav, ssb or a number 2–100.")
    String threshold;
    @Parameters(arity = "1..*", paramLabel = "PACKAGE", description = "The packages to add up.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Threshold t = Threshold.parse(threshold);
        List<PackageVerifier.Result> verified = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path p : inputs) {
            PackageVerifier.Result r = Files.isRegularFile(p) ? PackageVerifier.verify(p)
                    : new PackageVerifier.Result(p, List.of("there is no such file"), Map.of(), Map.of());
            if (r.valid()) {
                verified.add(r);
            } else {
                refused.add(p.getFileName() + ": " + String.join("; ", r.problems()));
            }
        }
        if (!refused.isEmpty()) {
            spec.commandLine().getErr().println("These packages were refused, so nothing was added up:");
            refused.forEach(line -> spec.commandLine().getErr().println("  " + line));
            return Cli.INVALID;
        }
        RollUp.Result result = RollUp.aggregate(verified, name, t, AppVersion.get());
        DataAccess.write(target, result.zip());
        spec.commandLine().getOut().println("Added up " + verified.size() + " packages into " + target + ".");
        return Cli.OK;
    }
}
