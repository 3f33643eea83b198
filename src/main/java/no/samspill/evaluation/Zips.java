package no.samspill.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip files that are the same bytes every time: entries in the order given, every entry time set to
 * midnight of a date from the data (never the clock), no extra fields, fixed compression.
 */
final class Zips {

    private Zips() {
    }

    static byte[] deterministic(Map<String, byte[]> files, LocalDate date) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                // Local DOS time without a zone: the same bytes in every time zone.
                e.setTimeLocal(date.atStartOfDay());
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
