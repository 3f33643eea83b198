package no.samspill.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import no.samspill.data.Database;
import no.samspill.data.Repositories;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.Municipality;
import no.samspill.domain.PasswordRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Creates the demo municipality with the same code as the first-start screen, in a new or existing data folder. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Creates the demo municipality (9999 Fjordvik, fictional people).")
final class DemoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Mixin DataFolder data;

    @Override
    public Integer call() {
        Path dir = data.path();
        char[] password = cli.password(spec.commandLine().getErr(), "Password for the Samspill data: ");
        if (password == null) {
            return Cli.UNAVAILABLE;
        }
        try {
            if (Database.state(dir) == Database.FileState.NONE) {
                PasswordRules.check(password).ifPresent(key -> {
                    throw new IllegalArgumentException("The password is too weak: at least 10 characters of three kinds, or 16 of any kind.");
                });
            }
            try (Database db = Database.open(dir, password)) {
                Repositories repos = Repositories.of(db, Clock.systemDefaultZone(), Repositories.osUser());
                Municipality demo = repos.municipalities().findAll().stream().filter(Municipality::demo).findFirst().orElse(null);
                if (demo != null) {
                    spec.commandLine().getOut().println("The demo municipality is already in " + dir + ".");
                    return Cli.OK;
                }
                demo = repos.demo().create("Fjordvik (demo)");
                repos.settings().put(SettingsRepository.CURRENT_MUNICIPALITY, Long.toString(demo.id()));
                spec.commandLine().getOut().println("Created the demo municipality " + demo.number() + " " + demo.name() + " in " + dir + ".");
                return Cli.OK;
            } catch (Database.WrongPasswordException e) {
                spec.commandLine().getErr().println("The password is wrong; nothing was opened.");
                return Cli.UNAVAILABLE;
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
