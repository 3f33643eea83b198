package no.samspill.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import no.samspill.domain.Area;
import no.samspill.domain.AreaChange;

/**
 * Reads the CSV files SSB's Klass exports: a version's codes ({@code code;parentCode;level;name;…;
 * validFrom;validTo}) or its changes ({@code oldCode;…;newCode;…;changeOccurred}). Klass writes
 * {@code ;} or {@code ,} and UTF-8 or Windows-1252 depending on where the file came from, so both
 * are accepted; columns are found by their header.
 */
public final class KlassCsv {

    /** The file could not be read as a Klass list; {@code key} says why in the user's language. */
    public static final class BadFileException extends RuntimeException {
        private final String key;
        private final int line;

        public BadFileException(String key, int line) {
            super(key + " at line " + line);
            this.key = key;
            this.line = line;
        }

        public String key() {
            return key;
        }

        public int line() {
            return line;
        }
    }

    private KlassCsv() {
    }

    public static List<Area> areas(byte[] file) {
        List<Area> out = new ArrayList<>();
        for (CSVRecord r : records(file, "code", "name")) {
            String code = r.get("code").strip();
            String name = r.get("name").strip();
            if (!code.matches("\\d{2}|\\d{4}|\\d{6}") || name.isEmpty()) {
                throw new BadFileException("codeList.error.row", line(r));
            }
            out.add(new Area(code, name, date(r, "validFrom"), date(r, "validTo")));
        }
        return out;
    }

    public static List<AreaChange> changes(byte[] file) {
        List<AreaChange> out = new ArrayList<>();
        for (CSVRecord r : records(file, "oldCode", "newCode", "changeOccurred")) {
            LocalDate when = date(r, "changeOccurred");
            if (when == null) {
                throw new BadFileException("codeList.error.row", line(r));
            }
            out.add(new AreaChange(r.get("oldCode").strip(), r.get("newCode").strip(), when));
        }
        return out;
    }

    /** The file as text: UTF-8 when it is valid UTF-8 (with or without a byte order mark), else Windows-1252. */
    static String text(byte[] file) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(file, Charset.forName("windows-1252"));
        }
    }

    private static List<CSVRecord> records(byte[] file, String... required) {
        String text = text(file);
        if (text.isBlank()) {
            throw new BadFileException("codeList.error.empty", 1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : required) {
                if (!header.containsKey(column)) {
                    throw new BadFileException("codeList.error.header", 1);
                }
            }
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new BadFileException("codeList.error.row", line(r));
                }
                rows.add(r);
            }
            if (rows.isEmpty()) {
                throw new BadFileException("codeList.error.empty", 1);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadFileException("codeList.error.row", 1);
        }
    }

    private static LocalDate date(CSVRecord r, String column) {
        if (!r.isMapped(column) || r.get(column).isBlank()) {
            return null;
        }
        String v = r.get(column).strip();
        try {
            if (v.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = v.split("\\.");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeException e) {
            throw new BadFileException("codeList.error.date", line(r));
        }
    }

    private static int line(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }
}
