package no.samspill.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * indicators.xlsx through FastExcel (ADR 0017): a legend, one sheet per indicator laid out as in
 * the report, the long table of indicators.csv and the suppression log. Counts and shares are
 * numbers with number formats; a hidden cell is the text {@code *}, explained in the legend. Header
 * rows are frozen. FastExcel writes the clock into the file, so the result is re-zipped with the
 * as-of date to stay byte-reproducible.
 */
final class XlsxFile {

    static final String COUNT = "#,##0";
    static final String SHARE = "0.0\" %\"";

    private XlsxFile() {
    }

    static byte[] write(PackageContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String lang = content.language();
        try {
            Workbook wb = new Workbook(bytes, "Samspill", null);
            wb.setGlobalDefaultFont("Calibri", 11);
            legend(wb.newWorksheet(XlsxText.LEGEND.in(lang)), content);
            List<IndicatorResult> indicators = content.evaluation().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                String name = sheetName(i + 1, indicators.get(i).indicator().name().in(lang));
                new XlsxIndicatorSheet(wb.newWorksheet(name), indicators.get(i), content).write();
            }
            longTable(wb.newWorksheet(XlsxText.ALL_VALUES.in(lang)), content);
            suppressionLog(wb.newWorksheet(ReportText.LOG.in(lang)), content);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write indicators.xlsx", e);
        }
        return reproducible(bytes.toByteArray(), content);
    }

    private static void legend(Worksheet ws, PackageContent content) {
        String lang = content.language();
        Evaluation.Result ev = content.evaluation();
        String who = content.municipalityNumber() + " " + content.municipalityName();
        ws.value(0, 0, ReportText.TITLE.in(lang) + " " + ev.period().year() + " – " + who);
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 2;
        for (Text[] line : XlsxText.marks()) {
            ws.value(r, 0, line[0].in(lang));
            ws.style(r, 0).bold().horizontalAlignment("center").set();
            ws.value(r, 1, line[1].in(lang));
            r++;
        }
        ws.value(r + 1, 1, String.format(XlsxText.RULE.in(lang), ReportText.rule(ev.threshold(), lang), ev.threshold().minimum() - 1));
        ws.width(0, 8);
        ws.width(1, 100);
    }

    private static void longTable(Worksheet ws, PackageContent content) {
        header(ws, LongRows.HEADER);
        int r = 1;
        for (Object[] row : LongRows.of(content)) {
            for (int c = 0; c < row.length; c++) {
                cell(ws, r, c, row[c]);
            }
            r++;
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, LongRows.HEADER.size() - 1);
        int[] widths = {14, 22, 7, 11, 10, 24, 40, 14, 28, 14, 24, 10, 13, 10, 10};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }

    private static void suppressionLog(Worksheet ws, PackageContent content) {
        String lang = content.language();
        header(ws, ReportText.LOG_HEADER.stream().map(t -> t.in(lang)).toList());
        int r = 1;
        for (SuppressionEntry e : content.evaluation().log()) {
            Indicator ind = ProgrammeTables.indicatorOf(e.indicatorId());
            ws.value(r, 0, ProgrammeTables.title(e.indicatorId(), lang));
            ws.value(r, 1, ind.rowLabel(e.row()).in(lang));
            ws.value(r, 2, ind.columnLabel(e.column()).in(lang));
            r++;
        }
        ws.freezePane(0, 1);
        ws.width(0, 50);
        ws.width(1, 32);
        ws.width(2, 24);
    }

    static void header(Worksheet ws, List<String> labels) {
        for (int c = 0; c < labels.size(); c++) {
            ws.value(0, c, labels.get(c));
        }
        ws.range(0, 0, 0, labels.size() - 1).style().bold().fillColor("ECEFF4").set();
    }

    /** A count or share as a number with its format; anything else as text (never a formula). */
    static void cell(Worksheet ws, int r, int c, Object v) {
        if (v instanceof Long n) {
            ws.value(r, c, n);
            ws.style(r, c).format(COUNT).set();
        } else if (v instanceof Double d) {
            ws.value(r, c, d);
            ws.style(r, c).format(SHARE).set();
        } else if (v instanceof Integer n) {
            ws.value(r, c, n);
        } else {
            ws.value(r, c, String.valueOf(v));
            if (v instanceof String s && !s.isEmpty() && c > 0 && s.length() <= 2) {
                ws.style(r, c).horizontalAlignment("right").set();
            }
        }
    }

    /** "07 Aktive mentorer": unique by its number, at most 31 characters, none of the characters Excel refuses. */
    static String sheetName(int number, String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
        String candidate = String.format("%02d %s", number, clean);
        if (candidate.length() <= 31) {
            return candidate;
        }
        int space = candidate.lastIndexOf(' ', 31);
        return candidate.substring(0, space > 3 ? space : 31).strip();
    }

    /**
     * The same bytes for the same data: every entry re-zipped with the as-of date, the creation time
     * set to it. FastExcel's streaming zip writes sizes only after the data, which ZipInputStream
     * cannot read back, so the entries are read through the central directory of a temporary file
     * (it holds the published tables only).
     */
    private static byte[] reproducible(byte[] xlsx, PackageContent content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("samspill-", ".xlsx");
            Files.write(tmp, xlsx);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    byte[] data;
                    try (InputStream in = zip.getInputStream(e)) {
                        data = in.readAllBytes();
                    }
                    if (e.getName().equals("docProps/core.xml")) {
                        String stamp = content.evaluation().period().asOf() + "T00:00:00.000Z";
                        data = new String(data, StandardCharsets.UTF_8)
                                .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + stamp + "$2")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    entries.put(e.getName(), data);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write indicators.xlsx", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A leftover temporary file holds only published tables.
                }
            }
        }
        return Zips.deterministic(entries, content.evaluation().period().asOf());
    }
}
