package no.samspill.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the file small: H2 appends rather than overwrites, so a file that has lived through a year of
 * saves holds several times its data (247 MB for 100,000 candidates whose data rewrites into 43 MB).
 * On close, a file past {@link #THRESHOLD} is rewritten whole ({@code SHUTDOWN COMPACT}); a small file
 * is left alone, since there is little to gain and every close would wait for it.
 */
final class FileCompaction {

    /** 16 MB; {@code -Dsamspill.compactAboveBytes} changes it (the tests compact a small file). */
    static final long THRESHOLD = 16L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);

    private FileCompaction() {
    }

    static void compact(Database db) {
        Path file = db.directory().resolve(Database.FILE_NAME + ".mv.db");
        try {
            long before = Files.size(file);
            if (before < Long.getLong("samspill.compactAboveBytes", THRESHOLD)) {
                return;
            }
            long started = System.nanoTime();
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            LOG.info("Compacted the data file from {} MB to {} MB in {} ms", before >> 20, Files.size(file) >> 20,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException e) {
            // The file stays as it was, whole; only its size is not reduced. No personal data in the class name.
            LOG.warn("Compacting the data file failed: {}", e.getClass().getName());
        }
    }
}
