package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet read back by a reader, checked against indicators.csv read as text: every value
 * the CSV gives as a number is a number cell with the same value and a number format, every mark is
 * text, and every sheet's header row is frozen.
 */
class XlsxFileTest {

    @Test
    void valuesAreNumbersWhereTheCsvHasNumbersAndMarksAreText() throws Exception {
        PackageContent content = EvaluationPackageTest.content();
        byte[] xlsx = XlsxFile.write(content);
        List<String[]> csv = csvRows(CsvFiles.indicators(content));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, true))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(content.evaluation().indicators().size() + 3, sheets.size(), "legend, one per indicator, long table, log");
            assertTrue(sheets.stream().allMatch(s -> s.getName().length() <= 31));
            Sheet all = sheets.get(sheets.size() - 2);
            List<Row> rows = all.read();
            assertEquals(csv.size(), rows.size(), "the long table has the CSV's rows");
            int numbers = 0;
            for (int r = 1; r < rows.size(); r++) {
                String expected = csv.get(r)[LongRows.VALUE];
                var cell = rows.get(r).getCell(LongRows.VALUE);
                if (expected.matches("-?\\d+(,\\d+)?")) {
                    assertEquals(CellType.NUMBER, cell.getType(), "row " + r + " " + expected);
                    assertEquals(0, new BigDecimal(expected.replace(',', '.')).compareTo(cell.asNumber()), "row " + r);
                    assertTrue(cell.getDataFormatString() != null && !cell.getDataFormatString().equals("General"), "a number format");
                    numbers++;
                } else if (!expected.isEmpty()) {
                    assertEquals(CellType.STRING, cell.getType(), "row " + r);
                    assertEquals(expected, cell.asString());
                }
            }
            assertTrue(numbers > 100, "most values are numbers: " + numbers);
        }
        for (String sheetXml : sheetXml(xlsx)) {
            assertTrue(sheetXml.contains("state=\"frozen\""), "every sheet after the legend freezes its header");
        }
    }

    @Test
    void sheetNamesAreShortUniqueAndCutBetweenWords() {
        assertEquals("02 Aktive deltakere på", XlsxFile.sheetName(2, "Aktive deltakere på telledatoen"));
        assertEquals("07 Heltidsandel", XlsxFile.sheetName(7, "Heltidsandel"));
        assertEquals("01 a b", XlsxFile.sheetName(1, "a/b"));
    }

    private static List<String[]> csvRows(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            // The demo's labels hold no ; or quotes, so a plain split reads them.
            out.add(line.split(";", -1));
        }
        return out;
    }

    private static List<String> sheetXml(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().matches("xl/worksheets/sheet\\d+\\.xml") && !e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.add(new String(data, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(out.size() > 10);
        return out;
    }
}
