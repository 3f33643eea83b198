package no.samspill.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Whether this laptop works on the file (the default) or on the municipality's server, kept beside
 * the data in {@code server.properties}: it must be known before anything is unlocked. It names the
 * server and the role, never a password.
 */
public final class ServerChoice {

    static final String FILE = "server.properties";

    private ServerChoice() {
    }

    public static Optional<ServerAddress> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new ServerAddress(p.getProperty("host"), Integer.parseInt(p.getProperty("port", "5432")),
                    p.getProperty("database"), p.getProperty("user"), Boolean.parseBoolean(p.getProperty("plainOnLoopback"))));
        } catch (IOException | RuntimeException e) {
            // A damaged choice falls back to the file, which is always there; Innstillinger can set it again.
            return Optional.empty();
        }
    }

    public static void write(Path dataDirectory, ServerAddress address) {
        Properties p = new Properties();
        p.setProperty("host", address.host());
        p.setProperty("port", Integer.toString(address.port()));
        p.setProperty("database", address.database());
        p.setProperty("user", address.user());
        p.setProperty("plainOnLoopback", Boolean.toString(address.plainOnLoopback()));
        try {
            Files.createDirectories(dataDirectory);
            Path fresh = dataDirectory.resolve(FILE + ".new");
            try (Writer out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                p.store(out, "Samspill: the municipality's server (shared mode)");
            }
            Database.move(dataDirectory, FILE + ".new", FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to the file on this laptop. */
    public static void clear(Path dataDirectory) {
        try {
            Files.deleteIfExists(dataDirectory.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
