package no.samspill.evaluation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The report as XHTML for the PDF renderer. The structure carries the meaning a screen reader needs
 * (headings, table header cells with their scope, a text alternative on each chart), and the style
 * sheet the layout a printed page needs (headers repeated after a page break, a heading kept with
 * its table, long words wrapped instead of cut). Every text goes through {@link PdfText}.
 */
final class ReportHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 17mm 20mm 17mm;
              @bottom-left { content: element(footer); } }
            body { font-family: 'DejaVu Sans'; font-size: 9pt; line-height: 1.35; color: #000; }
            #footer { position: running(footer); font-size: 7.5pt; color: #444; }
            #footer .page::after { content: counter(page) " / " counter(pages); }
            h1 { font-size: 16pt; margin: 0 0 8pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }
            h3 { font-size: 10pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 5pt 0; }
            p, h1, h2, h3, tbody th { word-wrap: break-word; }
            td { white-space: nowrap; }
            .note { color: #333; font-size: 8.5pt; }
            section.indicator { page-break-inside: avoid; }
            table { width: 100%; border-collapse: collapse; margin: 3pt 0 6pt 0; -fs-table-paginate: paginate;
              font-size: 8.5pt; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { border-bottom: 0.5pt solid #c8ccd2; padding: 2pt 3pt; vertical-align: top; }
            thead th { background-color: #eceff4; text-align: right; font-weight: bold; }
            thead th.first, tbody th { text-align: left; }
            tbody th { font-weight: normal; width: 34%; }
            td { text-align: right; }
            tr.total th, tr.total td { font-weight: bold; }
            .chart { margin: 2pt 0 8pt 0; page-break-inside: avoid; }
            .bar-row { clear: both; height: 11pt; }
            .bar-label { float: left; width: 34%; font-size: 8pt; }
            .bar-track { margin-left: 35%; font-size: 8pt; }
            .bar { display: inline-block; height: 7pt; background-color: #336bb8; }
            """;

    private final PdfText text = new PdfText();
    private final PackageContent content;
    private final String lang;
    private final DecimalFormat whole;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportHtml(PackageContent content) {
        this.content = content;
        this.lang = content.language();
        this.whole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale(lang)));
    }

    static String write(PackageContent content, String title) {
        return new ReportHtml(content).document(title);
    }

    private String document(String title) {
        Evaluation.Result ev = content.evaluation();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang).append("\"><head>");
        out.append("<title>").append(text.xml(title)).append("</title>");
        out.append("<meta name=\"subject\" content=\"").append(text.xml(ReportText.SUBJECT.in(lang))).append("\"/>");
        out.append("<meta name=\"author\" content=\"").append(text.xml(content.municipalityName())).append("\"/>");
        out.append("<style>").append(STYLE).append("</style>");
        bookmarks(ev);
        out.append("</head><body>");
        out.append("<div id=\"footer\">").append(text.xml(title)).append(" · <span class=\"page\"></span></div>");
        out.append("<h1>").append(text.xml(title)).append("</h1>");
        paragraph("note", intro(ev));
        paragraph("note", ReportText.LEGAL.in(lang));
        if (ev.indicators().stream().anyMatch(ReportHtml::hasRange)) {
            paragraph("note", ReportText.RANGES.in(lang));
        }
        for (int i = 0; i < ev.indicators().size(); i++) {
            new ReportTable(this, ev.indicators().get(i), ev.period().year()).section("i" + i);
        }
        for (int p = 0; p < ev.byProgramme().size(); p++) {
            Evaluation.ProgrammeResult pr = ev.byProgramme().get(p);
            out.append("<h2 id=\"p").append(p).append("\" style=\"page-break-before: always\">")
                    .append(text.xml(ReportText.PROGRAMME.in(lang) + ": " + pr.name().in(lang))).append("</h2>");
            paragraph("note", ReportText.PROGRAMME_INTRO.in(lang));
            for (int i = 0; i < pr.indicators().size(); i++) {
                new ReportTable(this, pr.indicators().get(i), ev.period().year()).section("p" + p + "i" + i, "h3");
            }
        }
        suppressionLog(ev);
        out.append("<h2 id=\"narrative\">").append(text.xml(ReportText.NARRATIVE.in(lang))).append("</h2>");
        for (var s : content.narrative().sections().entrySet()) {
            out.append("<h3>").append(text.xml(ReportText.section(s.getKey()).in(lang))).append("</h3>");
            String body = s.getValue().strip();
            if (body.isEmpty()) {
                paragraph(null, "–");
            }
            for (String para : body.split("\\R\\s*\\R")) {
                if (!para.isBlank()) {
                    paragraph(null, para.strip());
                }
            }
        }
        out.append("</body></html>");
        return out.toString();
    }

    private void bookmarks(Evaluation.Result ev) {
        out.append("<bookmarks>");
        for (int i = 0; i < ev.indicators().size(); i++) {
            bookmark(ev.indicators().get(i).indicator().name().in(lang), "i" + i);
        }
        for (int p = 0; p < ev.byProgramme().size(); p++) {
            bookmark(ReportText.PROGRAMME.in(lang) + ": " + ev.byProgramme().get(p).name().in(lang), "p" + p);
        }
        bookmark(ReportText.LOG.in(lang), "log");
        bookmark(ReportText.NARRATIVE.in(lang), "narrative");
        out.append("</bookmarks>");
    }

    private void bookmark(String name, String id) {
        out.append("<bookmark name=\"").append(text.xml(name)).append("\" href=\"#").append(id).append("\"/>");
    }

    private void suppressionLog(Evaluation.Result ev) {
        out.append("<section><h2 id=\"log\">").append(text.xml(ReportText.LOG.in(lang))).append("</h2>");
        paragraph("note", ReportText.LOG_INTRO.in(lang));
        if (ev.log().isEmpty()) {
            paragraph(null, ReportText.NOTHING_SUPPRESSED.in(lang));
        } else {
            out.append("<table><thead><tr>");
            for (Text h : ReportText.LOG_HEADER) {
                out.append("<th scope=\"col\" class=\"first\">").append(text.xml(h.in(lang))).append("</th>");
            }
            out.append("</tr></thead><tbody>");
            for (SuppressionEntry e : ev.log()) {
                Indicator ind = ProgrammeTables.indicatorOf(e.indicatorId());
                String name = ProgrammeTables.title(e.indicatorId(), lang);
                out.append("<tr><td style=\"text-align: left\">").append(text.xml(name))
                        .append("</td><td style=\"text-align: left\">").append(text.xml(ind.rowLabel(e.row()).in(lang)))
                        .append("</td><td style=\"text-align: left\">").append(text.xml(ind.columnLabel(e.column()).in(lang)))
                        .append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("</section>");
    }

    private String intro(Evaluation.Result ev) {
        String asOf = ev.period().asOf().format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        String rule = ReportText.rule(ev.threshold(), lang);
        int t = ev.threshold().minimum();
        return ev.protection().method() == Protection.Method.ROUNDING
                ? String.format(ReportText.INTRO_ROUNDED.in(lang), asOf, t - 1, t, rule, ev.protection().maxError())
                : String.format(ReportText.INTRO.in(lang), asOf, t - 1, rule);
    }

    private static boolean hasRange(IndicatorResult r) {
        for (int row = 0; row < r.current().height(); row++) {
            for (int c = 0; c < r.current().width(); c++) {
                if (r.current().range(row, c) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    void paragraph(String cssClass, String s) {
        out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(text.xml(s)).append("</p>");
    }

    StringBuilder out() {
        return out;
    }

    String xml(String s) {
        return text.xml(s);
    }

    String lang() {
        return lang;
    }

    /** A count as the report's language writes it: 25 000 in Norwegian, 25,000 in English. */
    String count(long n) {
        return whole.format(n);
    }

    String percent(double share) {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale(lang)));
        return f.format(share) + "\u00A0%";
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }
}
