package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Backups as H2 SQL scripts, deflate-compressed and AES-encrypted with the data password. A script
 * survives an H2 version change, unlike a copy of the file, and is written from the open database
 * (never by copying the file). Restore builds a new file from the script, keeps the current one
 * aside, and switches with one move.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    public static final String SUFFIX = ".sql.aes";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** What a backup holds, shown before a restore. */
    public record Summary(Path file, LocalDateTime made, int municipalities, int candidates, int auditEntries) {
    }

    private Backups() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /**
     * Writes a backup of the open database into {@code target}; the file appears only when complete.
     * It is H2's compressed, AES-encrypted script under the data's derived key, behind a short
     * header with the key's salt and cost, so the backup opens anywhere with the password alone.
     */
    public static Path write(Database db, Path target) {
        DataKey key = db.key();
        if (key == null) {
            throw new IllegalStateException("Only encrypted data is backed up");
        }
        char[] secret = key.h2Password();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path script = target.resolveSibling(target.getFileName() + ".script.part");
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(
                    "SCRIPT TO ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
                s.setString(1, script.toAbsolutePath().toString());
                // H2 takes the script password only as a string; it is the derived key, never the user's password.
                s.setString(2, new String(secret));
                s.execute();
            }
            try (var out = Files.newOutputStream(tmp)) {
                out.write(BackupHeader.of(key));
                Files.copy(script, out);
            } finally {
                Files.deleteIfExists(script);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** An automatic backup into the data folder, named by the time, then the old ones are thinned out. */
    public static Path automatic(Database db, Path dataDir, LocalDateTime now) {
        Path file = write(db, folder(dataDir).resolve("samspill-" + STAMP.format(now) + SUFFIX));
        rotate(folder(dataDir), now.toLocalDate(), 7, 4);
        return file;
    }

    /** Whether there is an automatic backup from today already. */
    public static boolean madeOn(Path dataDir, LocalDate day) {
        return list(folder(dataDir)).stream().anyMatch(p -> made(p) != null && made(p).toLocalDate().equals(day));
    }

    /**
     * Keeps the newest backup of each of the last {@code days} days and the newest of each of the last
     * {@code weeks} ISO weeks; deletes the rest of the automatic ones.
     */
    public static void rotate(Path folder, LocalDate today, int days, int weeks) {
        List<Path> all = new ArrayList<>(list(folder));
        all.sort(Comparator.comparing(Backups::made).reversed());
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> daysSeen = new HashSet<>();
        Set<String> weeksSeen = new HashSet<>();
        for (Path p : all) {
            LocalDate d = made(p).toLocalDate();
            if (!d.isBefore(today.minusDays(days - 1L)) && daysSeen.add(d)) {
                keep.add(p);
            }
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!d.isBefore(today.minusWeeks(weeks)) && weeksSeen.add(week)) {
                keep.add(p);
            }
        }
        for (Path p : all) {
            if (!keep.contains(p)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && made(p) != null)
                    .sorted(Comparator.comparing(Backups::made).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDateTime made(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith("samspill-") || !name.endsWith(SUFFIX)) {
            return null;
        }
        try {
            return LocalDateTime.parse(name.substring("samspill-".length(), name.length() - SUFFIX.length()), STAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
