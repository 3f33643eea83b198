package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** One indicator's sheet: its name and definition above, then the table as in the report, the header row frozen. */
final class XlsxIndicatorSheet {

    private static final int HEADER_ROW = 3;
    private final Worksheet ws;
    private final IndicatorResult result;
    private final Indicator ind;
    private final ProtectedTable t;
    private final String lang;
    private final int year;

    XlsxIndicatorSheet(Worksheet ws, IndicatorResult result, PackageContent content) {
        this.ws = ws;
        this.result = result;
        this.ind = result.indicator();
        this.t = result.current();
        this.lang = content.language();
        this.year = content.evaluation().period().year();
    }

    void write() {
        ws.value(0, 0, ind.name().in(lang));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, 0, ind.definition().in(lang));
        List<String> header = new ArrayList<>();
        header.add(ReportText.GROUP.in(lang));
        for (int c = 0; c < t.width(); c++) {
            header.add(ind.columnLabel(t.columnCode(c)).in(lang));
        }
        if (ind.share() != null) {
            header.add(ind.share().label().in(lang));
        }
        if (result.previous() != null) {
            header.add(Integer.toString(year - 1));
        }
        for (int c = 0; c < header.size(); c++) {
            ws.value(HEADER_ROW, c, header.get(c));
        }
        ws.range(HEADER_ROW, 0, HEADER_ROW, header.size() - 1).style().bold().fillColor("ECEFF4").wrapText(true).set();
        for (int row = 0; row < t.height(); row++) {
            int r = HEADER_ROW + 1 + row;
            boolean total = row >= t.rows().size();
            ws.value(r, 0, ind.rowLabel(t.rowCode(row)).in(lang));
            int c = 1;
            for (int col = 0; col < t.width(); col++) {
                XlsxFile.cell(ws, r, c++, LongRows.value(t, row, col));
            }
            if (ind.share() != null) {
                XlsxFile.cell(ws, r, c++, total ? "" : share(row));
            }
            if (result.previous() != null) {
                ProtectedTable p = result.previous();
                XlsxFile.cell(ws, r, c, LongRows.value(p, row, p.width() - 1));
            }
            if (total) {
                ws.range(r, 0, r, header.size() - 1).style().bold().set();
            }
        }
        ws.freezePane(1, HEADER_ROW + 1);
        ws.width(0, 34);
        for (int c = 1; c < header.size(); c++) {
            ws.width(c, Math.max(10, Math.min(24, header.get(c).length() + 2)));
        }
    }

    private Object share(int row) {
        Double s = result.share(t, row);
        if (s != null) {
            return s;
        }
        return LongRows.zeroDenominator(t, row) ? "–" : CsvFiles.SUPPRESSED;
    }
}
