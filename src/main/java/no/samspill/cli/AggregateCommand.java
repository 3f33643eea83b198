package no.samspill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.AppVersion;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Adds verified packages up into a regional or national package.")
final class AggregateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The roll-up to write.")
    Path target;
    @Option(names = "--name", defaultValue = "Nasjonalt", description = "The roll-up's name.")
    String name;
    @Mixin ThresholdOption threshold;
    @Parameters(arity = "1..*", paramLabel = "PACKAGE", description = "The packages to add up.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Threshold t = threshold.get();
        EvaluationService.RollUpOutcome outcome = EvaluationService.rollUp(inputs, name, t, AppVersion.get(), target);
        if (!outcome.refused().isEmpty()) {
            spec.commandLine().getErr().println("These packages were refused, so nothing was added up:");
            outcome.refused().forEach(line -> spec.commandLine().getErr().println("  " + line));
            return Cli.INVALID;
        }
        spec.commandLine().getOut().println("Added up " + outcome.packages() + " packages into " + target + ".");
        return Cli.OK;
    }
}
