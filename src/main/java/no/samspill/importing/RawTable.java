package no.samspill.importing;

import java.util.List;

/**
 * A sheet as read, before any meaning is given to it: the header row and the data rows, each with
 * the row number a spreadsheet program would show (the header is row 1), blank rows left out.
 */
public record RawTable(List<String> headers, List<Row> rows, TextEncoding encoding, char separator) {

    /** One data row: its number in the file and its cells, as many as there are headers. */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public RawTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
