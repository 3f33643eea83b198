package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

/** Reading backups back: what one holds, shown before a restore, and the restore itself. */
public final class BackupRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private BackupRestore() {
    }

    /** Reads a backup into memory and counts what it holds; a wrong password gives {@link Database.WrongPasswordException}. */
    public static Backups.Summary summary(Path backup, char[] password) {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:preview-" + System.nanoTime(), "sa", "")) {
            runScript(c, backup, password);
            return new Backups.Summary(backup, Backups.made(backup), count(c, "MUNICIPALITY"), count(c, "CANDIDATE"), count(c, "AUDIT_ENTRY"));
        } catch (SQLException e) {
            throw wrong(e);
        }
    }

    /**
     * Replaces the data file with the backup's content: a new encrypted file is built beside it,
     * the current file is moved to {@code aside/} (never deleted), and the new one takes its place.
     * The database must be closed.
     */
    public static Path restore(Path dataDir, Path backup, char[] backupPassword, char[] newPassword, LocalDateTime now) {
        Path staging = dataDir.resolve("restore-" + STAMP.format(now));
        DataKey stored = DataKey.stored(dataDir, DataKey.FILE, newPassword);
        DataKey key = stored != null ? stored : DataKey.fresh(newPassword);
        try {
            Files.createDirectories(staging);
            String url = "jdbc:h2:file:" + staging.resolve(Database.FILE_NAME).toAbsolutePath() + ";CIPHER=AES";
            Properties info = new Properties();
            info.put("user", "samspill");
            info.put("password", Database.withUserPassword(key.h2Password()));
            try (Connection c = DriverManager.getConnection(url, info)) {
                runScript(c, backup, backupPassword);
            }
            Path current = dataDir.resolve(Database.FILE_NAME + ".mv.db");
            Path aside = dataDir.resolve("aside").resolve("samspill-before-restore-" + STAMP.format(now) + ".mv.db");
            Files.createDirectories(aside.getParent());
            if (Files.exists(current)) {
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging.resolve(Database.FILE_NAME + ".mv.db"), current, StandardCopyOption.ATOMIC_MOVE);
            if (stored == null) {
                key.save(dataDir, DataKey.FILE);
            }
            KeyCheck.write(dataDir, key);
            try (Stream<Path> rest = Files.list(staging)) {
                for (Path p : rest.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
            return aside;
        } catch (SQLException e) {
            throw wrong(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            key.close();
        }
    }

    /** Runs a backup into a connection: a current backup with the key derived from its header, an older one with the password itself. */
    private static void runScript(Connection c, Path backup, char[] password) throws SQLException {
        try {
            BackupHeader header = BackupHeader.read(backup);
            if (header == null) {
                run(c, backup, password.clone());
                return;
            }
            Path script = Files.createTempFile(backup.toAbsolutePath().getParent(), ".samspill-restore", ".part");
            try (DataKey key = DataKey.derive(password, header.params(), header.salt());
                 var in = Files.newInputStream(backup)) {
                in.skipNBytes(header.length());
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
                run(c, script, key.h2Password());
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Connection c, Path script, char[] secret) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
            s.setString(1, script.toAbsolutePath().toString());
            s.setString(2, new String(secret));
            s.execute();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static RuntimeException wrong(SQLException e) {
        // A wrong password shows up as an encryption, corruption or stream error on a readable file.
        int code = e.getErrorCode();
        if (code == 90049 || code == 90030 || code == 90028 || code == 90104) {
            return new Database.WrongPasswordException();
        }
        return new IllegalStateException("The backup cannot be read", e);
    }
}
