package no.samspill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.AppVersion;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.SecretariatKeys;
import no.samspill.evaluation.Threshold;
import no.samspill.evaluation.UnlockedKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Adds verified packages up into a regional or national package.")
final class AggregateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The roll-up to write.")
    Path target;
    @Option(names = "--name", defaultValue = "Nasjonalt", description = "The roll-up's name.")
    String name;
    @Mixin ThresholdOption threshold;
    @Option(names = "--key", paramLabel = "FILE",
            description = "The secretariat's private key file: packages with a companion count with their exact tables.")
    Path key;
    @ParentCommand Cli cli;
    @Parameters(arity = "1..*", paramLabel = "PACKAGE", description = "The packages to add up.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Threshold t = threshold.get();
        EvaluationService.RollUpOutcome outcome;
        if (key == null) {
            outcome = EvaluationService.rollUp(inputs, name, t, AppVersion.get(), target);
        } else {
            byte[] file;
            try {
                file = Files.readAllBytes(key);
            } catch (IOException e) {
                throw new IllegalArgumentException("The key file " + key + " cannot be read.");
            }
            char[] password = cli.keyPassword(spec.commandLine().getErr(), "The password of the secretariat's key: ");
            if (password == null) {
                return Cli.UNAVAILABLE;
            }
            UnlockedKey open;
            try {
                open = SecretariatKeys.unlock(file, password);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage() + " Nothing was added up.");
                return Cli.UNAVAILABLE;
            } finally {
                Arrays.fill(password, '\0');
            }
            try (open) {
                outcome = EvaluationService.rollUp(inputs, name, t, AppVersion.get(), target, open);
            }
        }
        if (!outcome.refused().isEmpty()) {
            spec.commandLine().getErr().println("These packages were refused, so nothing was added up:");
            outcome.refused().forEach(line -> spec.commandLine().getErr().println("  " + line));
            return Cli.INVALID;
        }
        spec.commandLine().getOut().println("Added up " + outcome.packages() + " packages into " + target + ": "
                + outcome.exactInputs() + " with exact tables, " + (outcome.packages() - outcome.exactInputs()) + " as published intervals.");
        return Cli.OK;
    }
}
