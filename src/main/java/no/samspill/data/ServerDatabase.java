package no.samspill.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/** Shared mode: the municipality's PostgreSQL server in place of the file (ADR 0026). */
public final class ServerDatabase {

    private ServerDatabase() {
    }

    /**
     * Connects to a municipality's PostgreSQL server (shared mode) and migrates it with the same
     * migrations as the file. {@code localDirectory} holds what stays on the laptop (settings, the
     * read-only snapshot). The pool keeps the password for new connections while the app runs.
     */
    public static Database open(ServerAddress address, char[] password, Path localDirectory) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(new String(password));
        config.setMaximumPoolSize(4);
        config.setPoolName("samspill-server");
        HikariDataSource source = new HikariDataSource(config);
        try {
            Migrations.run(source, Engine.POSTGRES);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        return new Database(localDirectory, source, source::close, Engine.POSTGRES);
    }

}
