package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        section(id, "h2");
    }

    /** {@code heading} h2 for the total's tables, h3 for a programme's under its own h2. */
    void section(String id, String heading) {
        StringBuilder out = html.out();
        IndicatorLayout layout = new IndicatorLayout(result, lang);
        out.append("<section class=\"indicator\"><").append(heading).append(" id=\"").append(id).append("\">")
                .append(html.xml(ind.name().in(lang))).append("</").append(heading).append(">");
        html.paragraph("note", ind.definition().in(lang));
        if (t.marginsOnly()) {
            html.paragraph("note", ReportText.MARGINS.in(lang));
        }
        table(out, layout);
        if (layout.hasShareOfNobody()) {
            html.paragraph("note", ReportText.SHARE_NONE.in(lang));
        }
        if (t.width() == 1 && t.rows().size() > 1) {
            chart(out, layout.rows().subList(0, t.rows().size()));
        }
        out.append("</section>");
    }

    private void table(StringBuilder out, IndicatorLayout layout) {
        List<String> header = layout.header(year);
        out.append("<table><thead><tr><th scope=\"col\" class=\"first\">").append(html.xml(header.get(0))).append("</th>");
        for (String label : header.subList(1, header.size())) {
            headerCell(out, label);
        }
        out.append("</tr></thead><tbody>");
        for (IndicatorLayout.Row row : layout.rows()) {
            out.append(row.total() ? "<tr class=\"total\">" : "<tr>");
            out.append("<th scope=\"row\">").append(html.xml(row.label())).append("</th>");
            for (Object cell : row.cells()) {
                out.append("<td>").append(html.xml(text(cell))).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    /** A short label ("I alt", "50–79 %") stays on one line; a long one wraps between words. */
    private void headerCell(StringBuilder out, String s) {
        String label = s.length() <= 10 ? s.replace(' ', '\u00A0') : s;
        out.append("<th scope=\"col\">").append(html.xml(label)).append("</th>");
    }

    /** A cell as people read it, with the numbers grouped as the report's language writes them. */
    private String text(Object cell) {
        return switch (cell) {
            case Long n -> html.count(n);
            case Double share -> html.percent(share);
            case ProtectedTable.Range r -> r.unbounded() ? "≥\u00A0" + html.count(r.low()) : html.count(r.low()) + "–" + html.count(r.high());
            default -> String.valueOf(cell);
        };
    }

    /** Bars for the published counts; the chart's text alternative reads out every label and value. */
    private void chart(StringBuilder out, List<IndicatorLayout.Row> rows) {
        long max = 1;
        for (IndicatorLayout.Row row : rows) {
            max = row.cells().get(0) instanceof Long v ? Math.max(max, v) : max;
        }
        List<String> alt = new ArrayList<>();
        StringBuilder bars = new StringBuilder();
        for (IndicatorLayout.Row row : rows) {
            Object cell = row.cells().get(0);
            String value = text(cell);
            alt.add(row.label() + ": " + value);
            bars.append("<div class=\"bar-row\"><div class=\"bar-label\">").append(html.xml(row.label())).append("</div><div class=\"bar-track\">");
            if (cell instanceof Long v && v > 0) {
                bars.append("<span class=\"bar\" style=\"width: ").append(String.format(Locale.ROOT, "%.1f", 58.0 * v / max))
                        .append("%\"></span> ");
            }
            bars.append(html.xml(value)).append("</div></div>");
        }
        String title = ReportText.CHART.in(lang) + ", " + ind.name().in(lang) + ": " + String.join("; ", alt);
        out.append("<div class=\"chart\" title=\"").append(html.xml(title)).append("\">").append(bars).append("</div>");
    }
}
