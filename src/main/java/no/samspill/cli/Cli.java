package no.samspill.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import no.samspill.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line: the same code as the window, without JavaFX, one small class per command
 * (picocli). A misspelled or unknown option is wrong usage, with a suggestion; every command has
 * {@code --help}.
 *
 * <p>Exit codes: 0 done, 1 unexpected failure, 2 wrong usage (and only that), 3 export blocked by
 * personal data in the narrative, 4 a package failed verification, 5 data not found or not
 * available, 6 the export failed.
 */
@Command(name = "samspill-cli", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Samspill without the window: evaluation packages, backups and the demo.",
        subcommands = {ExportCommand.class, VerifyCommand.class, AggregateCommand.class, ProtectCommand.class, VerifyAuditCommand.class,
                DemoCommand.class, BackupCommand.class, RestoreCommand.class, KeygenCommand.class, ImportCommand.class,
                MigrateToCommand.class, ServerMigrateCommand.class})
public final class Cli implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int BLOCKED = 3;
    static final int INVALID = 4;
    static final int UNAVAILABLE = 5;
    static final int EXPORT_FAILED = 6;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, char[]> passwords;

    Cli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** {@code passwords} answers the password prompts (tests); null reads SAMSPILL_PASSWORD or asks at the terminal. */
    Cli(PrintStream out, PrintStream err, Function<String, char[]> passwords) {
        this.out = out;
        this.err = err;
        this.passwords = passwords;
    }

    /** The password from SAMSPILL_PASSWORD, or asked at the terminal; null (with a sentence) when neither is there. */
    char[] password(PrintWriter errors, String prompt) {
        return secret(errors, prompt, "SAMSPILL_PASSWORD", "The data is encrypted.");
    }

    /** The secretariat key's password from SAMSPILL_KEY_PASSWORD, or asked at the terminal. */
    char[] keyPassword(PrintWriter errors, String prompt) {
        return secret(errors, prompt, "SAMSPILL_KEY_PASSWORD", "The secretariat's key file is encrypted.");
    }

    /** The server role's password from SAMSPILL_SERVER_PASSWORD, or asked at the terminal. */
    char[] serverPassword(PrintWriter errors) {
        return secret(errors, "Password for the server: ", "SAMSPILL_SERVER_PASSWORD", "The server asks for a password.");
    }

    private char[] secret(PrintWriter errors, String prompt, String variable, String why) {
        if (passwords != null) {
            return passwords.apply(prompt);
        }
        String env = System.getenv(variable);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (System.console() != null) {
            return System.console().readPassword(prompt);
        }
        errors.println(why + " Set " + variable + ", or run this in a terminal to be asked for the password.");
        return null;
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(args));
    }

    int run(String... args) {
        CommandLine cl = new CommandLine(this)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setParameterExceptionHandler(Cli::wrongUsage)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof IllegalArgumentException) {
                        cmd.getErr().println(e.getMessage());
                        return USAGE;
                    }
                    cmd.getErr().println("Samspill could not finish: " + e.getClass().getSimpleName() + ". Nothing was written.");
                    return FAILED;
                });
        return cl.execute(args);
    }

    /** Wrong usage: what is wrong, the nearest option or command for a misspelled one, and where the help is. */
    private static int wrongUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            Set<String> known = new TreeSet<>(cmd.getCommandSpec().optionsMap().keySet());
            known.addAll(cmd.getSubcommands().keySet());
            for (String arg : unmatched.getUnmatched()) {
                String word = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                known.stream().filter(k -> distance(k, word) <= Math.max(2, word.length() / 4))
                        .min(Comparator.comparingInt(k -> distance(k, word)))
                        .ifPresent(k -> cmd.getErr().println("Did you mean " + k + "?"));
            }
        }
        cmd.getErr().println("\"" + cmd.getCommandSpec().qualifiedName() + " --help\" lists what it takes.");
        return USAGE;
    }

    /** Edit distance (Levenshtein), for suggestions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    /** Without a command: say what there is, as wrong usage. */
    @Override
    public Integer call() {
        err.println("Say what to do: " + String.join(", ", new CommandLine(this).getSubcommands().keySet()) + ".");
        new CommandLine(this).usage(err);
        return USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Samspill " + AppVersion.get()};
        }
    }
}
