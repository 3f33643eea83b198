package no.samspill.cli;

import java.io.PrintStream;

/** Lets tests in other packages run the command line without exiting the JVM. */
public final class CliAccess {

    private final Cli cli;

    public CliAccess(PrintStream out, PrintStream err) {
        this.cli = new Cli(out, err);
    }

    public int run(String[] args) {
        return cli.run(args);
    }
}
