package no.samspill.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The grant report as one sheet through FastExcel (ADR 0017): a heading, then per line its section,
 * label and value, the values as numbers with number formats, so a spreadsheet can sum them.
 */
public final class GrantReportSheet {

    private GrantReportSheet() {
    }

    public static byte[] write(List<GrantReport.Line> lines, String title, String lang) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "Samspill", null);
            Worksheet ws = wb.newWorksheet(new Text("Rapportering", "Rapportering", "Report").in(lang));
            ws.value(0, 0, title);
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(2, 0, new Text("Del", "Del", "Section").in(lang));
            ws.value(2, 1, new Text("Tall", "Tal", "Figure").in(lang));
            ws.value(2, 2, new Text("Verdi", "Verdi", "Value").in(lang));
            ws.range(2, 0, 2, 2).style().bold().fillColor("ECEFF4").set();
            int row = 3;
            for (GrantReport.Line line : lines) {
                ws.value(row, 0, GrantReportLabels.section(line.section()).in(lang));
                ws.value(row, 1, line.label().in(lang));
                switch (line.unit()) {
                    case YES_NO -> ws.value(row, 2, line.value().signum() > 0 ? new Text("Ja", "Ja", "Yes").in(lang) : new Text("Nei", "Nei", "No").in(lang));
                    case FTE -> {
                        ws.value(row, 2, line.value());
                        ws.style(row, 2).format("0.00").set();
                    }
                    default -> {
                        ws.value(row, 2, line.value());
                        ws.style(row, 2).format(XlsxFile.COUNT).set();
                    }
                }
                row++;
            }
            ws.width(0, 34);
            ws.width(1, 52);
            ws.width(2, 16);
            ws.freezePane(0, 3);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
