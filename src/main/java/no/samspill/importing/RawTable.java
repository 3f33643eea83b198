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

    /** A header row without the empty columns a spreadsheet program leaves after the last one. */
    static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }

    /** Refuses a row with a value beyond the header's last column: a separator is missing or extra. */
    static void noValuesBeyond(List<String> cells, int width, int row) {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                throw new ImportRefused("import.refused.ragged", row, cells.size(), width);
            }
        }
    }
}
