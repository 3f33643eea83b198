package no.samspill.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as coordinators keep them, through Commons CSV: ";" or "," found from the header
 * line, quoted fields with separators and line breaks inside, blank rows and trailing separators
 * left out. A row with values beyond the header or too few fields is refused, as is a formula.
 */
final class CsvReader {

    private CsvReader() {
    }

    static RawTable read(String text, TextEncoding encoding, CancelCheck cancel) {
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get();
        int[] lineStarts = lineStarts(text);
        List<String> headers = null;
        List<RawTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                cancel.check();
                int line = lineOf(lineStarts, record.getCharacterPosition());
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = RawTable.withoutTrailingBlanks(cells);
                    if (headers.isEmpty()) {
                        throw new ImportRefused("import.refused.noHeader");
                    }
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new RawTable.Row(line, fit(cells, headers.size(), line)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a quote in the wrong place this way; the file is not CSV as written.
            throw new ImportRefused("import.refused.unreadable");
        }
        if (headers == null) {
            throw new ImportRefused("import.refused.empty");
        }
        return new RawTable(headers, rows, encoding, separator);
    }

    /** The separator the header line uses most, outside quotes; a file with one column gets ";". */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && semicolons + commas > 0) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<String> fit(List<String> cells, int width, int line) {
        RawTable.noValuesBeyond(cells, width, line);
        if (cells.size() < width) {
            throw new ImportRefused("import.refused.ragged", line, cells.size(), width);
        }
        for (String cell : cells) {
            if (cell.startsWith("=")) {
                throw new ImportRefused("import.refused.formula", line);
            }
        }
        return List.copyOf(cells.subList(0, width));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
