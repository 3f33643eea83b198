package no.samspill.evaluation;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** One indicator's sheet: its name and definition above, then the table as in the report, the header row frozen. */
final class XlsxIndicatorSheet {

    private static final int HEADER_ROW = 3;
    private final Worksheet ws;
    private final IndicatorResult result;
    private final Indicator ind;
    private final String lang;
    private final int year;

    XlsxIndicatorSheet(Worksheet ws, IndicatorResult result, PackageContent content) {
        this.ws = ws;
        this.result = result;
        this.ind = result.indicator();
        this.lang = content.language();
        this.year = content.evaluation().period().year();
    }

    void write() {
        ws.value(0, 0, ind.name().in(lang));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, 0, ind.definition().in(lang));
        IndicatorLayout layout = new IndicatorLayout(result, lang);
        List<String> header = layout.header(year);
        for (int c = 0; c < header.size(); c++) {
            ws.value(HEADER_ROW, c, header.get(c));
        }
        ws.range(HEADER_ROW, 0, HEADER_ROW, header.size() - 1).style().bold().fillColor("ECEFF4").wrapText(true).set();
        int r = HEADER_ROW + 1;
        for (IndicatorLayout.Row row : layout.rows()) {
            ws.value(r, 0, row.label());
            for (int c = 0; c < row.cells().size(); c++) {
                Object cell = row.cells().get(c);
                XlsxFile.cell(ws, r, c + 1, cell instanceof ProtectedTable.Range range ? range.text() : cell);
            }
            if (row.total()) {
                ws.range(r, 0, r, header.size() - 1).style().bold().set();
            }
            r++;
        }
        ws.freezePane(1, HEADER_ROW + 1);
        ws.width(0, 34);
        for (int c = 1; c < header.size(); c++) {
            ws.width(c, Math.max(10, Math.min(24, header.get(c).length() + 2)));
        }
    }
}
