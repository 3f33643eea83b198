package no.samspill.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, through FastExcel's streaming reader. A date cell becomes an
 * ISO date, a whole number its digits; a formula is refused (its cached value may be stale).
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static RawTable read(byte[] bytes, CancelCheck cancel) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<String> headers = null;
            List<RawTable.Row> rows = new ArrayList<>();
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                cancel.check();
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i), row.getRowNum()));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = RawTable.withoutTrailingBlanks(cells);
                    continue;
                }
                rows.add(new RawTable.Row(row.getRowNum(), fit(cells, headers.size(), row.getRowNum())));
            }
            if (headers == null) {
                throw new ImportRefused("import.refused.empty");
            }
            return new RawTable(headers, rows, null, ' ');
        } catch (ImportRefused | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // FastExcel reports a broken or foreign zip in several ways; to the user it is one thing.
            throw new ImportRefused("import.refused.unreadable");
        }
    }

    private static String text(Cell cell, int row) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
            throw new ImportRefused("import.refused.formula", row);
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                LocalDateTime date = cell.asDate();
                return date.toLocalDate().toString();
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText().strip();
    }

    private static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return f.contains("d") && f.contains("m") || f.contains("y");
    }

    private static List<String> fit(List<String> cells, int width, int row) {
        RawTable.noValuesBeyond(cells, width, row);
        // A sheet row leaves out its empty cells at the end, so a short row is padded, not refused.
        List<String> out = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }
}
