package no.samspill.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Opens a coordinator's file: an XLSX workbook when it is a zip, a CSV file otherwise. Refuses an
 * empty file, one above {@link #MAX_BYTES}, a password-protected workbook (an OLE2 container, as
 * is an old .xls) and text in neither UTF-8 nor Windows-1252.
 */
public final class SpreadsheetFile {

    /** 50 MB holds several hundred thousand rows of candidates; anything larger is not a coordinator's list. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private SpreadsheetFile() {
    }

    /** Reads the file; {@code encoding} is the user's choice, or null to use the one found. */
    public static RawTable read(Path file, TextEncoding encoding, CancelCheck cancel) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportRefused("import.refused.tooLarge", size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRefused("import.refused.unreadable");
        }
        if (bytes.length == 0) {
            throw new ImportRefused("import.refused.empty");
        }
        // FastExcel's signature checks need eight bytes; a shorter file is text.
        if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(bytes)) {
            throw new ImportRefused("import.refused.protected");
        }
        if (bytes.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return XlsxReader.read(bytes, cancel);
        }
        TextEncoding chosen = encoding != null ? encoding : TextEncoding.detect(bytes);
        String text = chosen.decode(bytes);
        if (text.isBlank()) {
            throw new ImportRefused("import.refused.empty");
        }
        return CsvReader.read(text, chosen, cancel);
    }
}
