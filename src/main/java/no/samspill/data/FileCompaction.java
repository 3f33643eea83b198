package no.samspill.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the file small: H2 appends rather than overwrites, so a file that has lived through a year of
 * saves holds several times its data (247 MB for 100,000 candidates whose data rewrites into 43 MB).
 * On close, a file past {@link #THRESHOLD} that is less than {@link #MIN_FILL_PERCENT} % live data (H2's
 * own fill rates), or was upgraded in this session, or has grown past {@link #GROWTH_PERCENT} % of its
 * size after its last rewrite, is rewritten whole ({@code SHUTDOWN COMPACT}). A small file, or one that is mostly live
 * data, is left alone: there is little to gain, and at 100,000 candidates each rewrite takes 3 s that
 * every close would wait for (the scale benchmark saw 35 MB rewritten into 35 MB).
 */
final class FileCompaction {

    /** 16 MB; {@code -Dsamspill.compactAboveBytes} changes it (the tests compact a small file). */
    static final long THRESHOLD = 16L * 1024 * 1024;
    /** Below this share of live data, in the file or in its chunks, the file is worth rewriting. */
    static final int MIN_FILL_PERCENT = 70;
    /**
     * A file grown past this share of its size after its last rewrite is rewritten again, whatever H2's
     * fill rates say: they are estimates, and the scale benchmark's file stood at 67 MB, counted as 70–78 %
     * live, where a rewrite left 40 MB (59 %).
     */
    static final long GROWTH_PERCENT = 150;
    /** Where the size after the last rewrite is kept, beside the data file. */
    static final String REWRITTEN_SIZE = "rewritten-size.txt";
    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);

    private FileCompaction() {
    }

    /**
     * {@code upgraded}: the file was migrated in this session, so it is rewritten whatever H2's fill rates
     * say. Building V11's indexes grew the scale benchmark's file from 37 MB to 67 MB, which H2 counted
     * as 78 % live; rewritten, it held 40 MB.
     */
    static void compact(Database db, boolean upgraded) {
        Path file = db.directory().resolve(Database.FILE_NAME + ".mv.db");
        Path record = db.directory().resolve(REWRITTEN_SIZE);
        try {
            long before = Files.size(file);
            if (before < Long.getLong("samspill.compactAboveBytes", THRESHOLD)) {
                return;
            }
            long started = System.nanoTime();
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                int live = liveDataPercent(s);
                boolean grown = rewrittenSize(record).map(size -> before > size * GROWTH_PERCENT / 100).orElse(false);
                if (live >= MIN_FILL_PERCENT && !upgraded && !grown) {
                    LOG.info("The data file ({} MB) is {} % live data; not compacted", before >> 20, live);
                    return;
                }
                s.execute("SHUTDOWN COMPACT");
            }
            long after = Files.size(file);
            Files.writeString(record, Long.toString(after));
            LOG.info("Compacted the data file from {} MB to {} MB in {} ms", before >> 20, after >> 20,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | NumberFormatException e) {
            // The file stays as it was, whole; only its size is not reduced. No personal data in the class name.
            LOG.warn("Compacting the data file failed: {}", e.getClass().getName());
        }
    }

    /** The file's size after its last rewrite, if one was recorded (a number, nothing else). */
    private static java.util.Optional<Long> rewrittenSize(Path record) {
        try {
            return Files.exists(record) ? java.util.Optional.of(Long.parseLong(Files.readString(record).strip())) : java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The lower of H2's two fill rates: the share of the file in use, and the share of its chunks that is live. */
    static int liveDataPercent(Statement s) throws SQLException {
        int live = 100;
        try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                live = Math.min(live, Integer.parseInt(rs.getString(1).strip()));
            }
        }
        return live;
    }
}
