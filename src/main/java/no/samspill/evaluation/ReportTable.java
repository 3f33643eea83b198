package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;

/** One indicator in the report: heading, definition, the table with header cells, and a bar chart with its text alternative. */
final class ReportTable {

    private final ReportHtml html;
    private final IndicatorResult result;
    private final Indicator ind;
    private final ProtectedTable t;
    private final int year;
    private final String lang;

    ReportTable(ReportHtml html, IndicatorResult result, int year) {
        this.html = html;
        this.result = result;
        this.ind = result.indicator();
        this.t = result.current();
        this.year = year;
        this.lang = html.lang();
    }

    void section(String id) {
        StringBuilder out = html.out();
        out.append("<section class=\"indicator\"><h2 id=\"").append(id).append("\">").append(html.xml(ind.name().in(lang))).append("</h2>");
        html.paragraph("note", ind.definition().in(lang));
        if (t.marginsOnly()) {
            html.paragraph("note", ReportText.MARGINS.in(lang));
        }
        table(out);
        if (ind.share() != null && hasZeroDenominator()) {
            html.paragraph("note", ReportText.SHARE_NONE.in(lang));
        }
        if (t.width() == 1 && t.rows().size() > 1) {
            chart(out);
        }
        out.append("</section>");
    }

    private void table(StringBuilder out) {
        out.append("<table><thead><tr><th scope=\"col\" class=\"first\">").append(html.xml(ReportText.GROUP.in(lang))).append("</th>");
        for (int c = 0; c < t.width(); c++) {
            headerCell(out, ind.columnLabel(t.columnCode(c)).in(lang));
        }
        if (ind.share() != null) {
            headerCell(out, ind.share().label().in(lang));
        }
        if (result.previous() != null) {
            headerCell(out, Integer.toString(year - 1));
        }
        out.append("</tr></thead><tbody>");
        for (int row = 0; row < t.height(); row++) {
            boolean total = row >= t.rows().size();
            out.append(total ? "<tr class=\"total\">" : "<tr>");
            out.append("<th scope=\"row\">").append(html.xml(ind.rowLabel(t.rowCode(row)).in(lang))).append("</th>");
            for (int c = 0; c < t.width(); c++) {
                cell(out, cellText(t, row, c));
            }
            if (ind.share() != null) {
                cell(out, total ? "" : share(row));
            }
            if (result.previous() != null) {
                ProtectedTable p = result.previous();
                cell(out, cellText(p, row, p.width() - 1));
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private String share(int row) {
        Double s = result.share(t, row);
        if (s != null) {
            return html.percent(s);
        }
        return LongRows.zeroDenominator(t, row) ? "–" : CsvFiles.SUPPRESSED;
    }

    private boolean hasZeroDenominator() {
        for (int row = 0; row < t.rows().size(); row++) {
            if (result.share(t, row) == null && LongRows.zeroDenominator(t, row)) {
                return true;
            }
        }
        return false;
    }

    /** A short label ("I alt", "50–79 %") stays on one line; a long one wraps between words. */
    private void headerCell(StringBuilder out, String s) {
        String label = s.length() <= 10 ? s.replace(' ', '\u00A0') : s;
        out.append("<th scope=\"col\">").append(html.xml(label)).append("</th>");
    }

    private void cell(StringBuilder out, String s) {
        out.append("<td>").append(html.xml(s)).append("</td>");
    }

    /** The cell as people read it, with the numbers grouped as the report's language writes them. */
    private String cellText(ProtectedTable table, int row, int col) {
        Long v = table.cell(row, col);
        if (v != null) {
            return html.count(v);
        }
        ProtectedTable.Range r = table.range(row, col);
        if (r != null) {
            return r.unbounded() ? "≥\u00A0" + html.count(r.low()) : html.count(r.low()) + "–" + html.count(r.high());
        }
        return table.state(row, col) == ProtectedTable.State.MARGIN_ONLY ? CsvFiles.MARGIN_ONLY : CsvFiles.SUPPRESSED;
    }

    /** Bars for the published counts; the chart's text alternative reads out every label and value. */
    private void chart(StringBuilder out) {
        long max = 1;
        for (int row = 0; row < t.rows().size(); row++) {
            Long v = t.cell(row, 0);
            max = v == null ? max : Math.max(max, v);
        }
        List<String> alt = new ArrayList<>();
        StringBuilder bars = new StringBuilder();
        for (int row = 0; row < t.rows().size(); row++) {
            String label = ind.rowLabel(t.rowCode(row)).in(lang);
            String value = cellText(t, row, 0);
            alt.add(label + ": " + value);
            Long v = t.cell(row, 0);
            double width = v == null ? 0 : 58.0 * v / max;
            bars.append("<div class=\"bar-row\"><div class=\"bar-label\">").append(html.xml(label)).append("</div><div class=\"bar-track\">");
            if (v != null && v > 0) {
                bars.append("<span class=\"bar\" style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.1f", width))
                        .append("%\"></span> ");
            }
            bars.append(html.xml(value)).append("</div></div>");
        }
        String title = ReportText.CHART.in(lang) + ", " + ind.name().in(lang) + ": " + String.join("; ", alt);
        out.append("<div class=\"chart\" title=\"").append(html.xml(title)).append("\">").append(bars).append("</div>");
    }
}
