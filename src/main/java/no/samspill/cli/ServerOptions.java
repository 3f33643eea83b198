package no.samspill.cli;

import no.samspill.data.ServerAddress;
import picocli.CommandLine.Option;

/** Where the municipality's PostgreSQL server is and as whom to sign in: a mixin for the shared-mode commands. */
final class ServerOptions {

    @Option(names = "--host", required = true, description = "The server's name (its certificate must match it).")
    String host;
    @Option(names = "--port", defaultValue = "5432", description = "Default: ${DEFAULT-VALUE}.")
    int port;
    @Option(names = "--database", required = true, description = "The database on the server.")
    String database;
    @Option(names = "--user", required = true, description = "The role to sign in as.")
    String user;
    @Option(names = "--plain-on-loopback", description = "Without TLS; allowed only on this machine's loopback address.")
    boolean plainOnLoopback;

    ServerAddress address() {
        return new ServerAddress(host, port, database, user, plainOnLoopback);
    }
}
