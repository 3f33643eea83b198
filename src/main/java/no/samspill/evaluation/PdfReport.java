package no.samspill.evaluation;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.transform.TransformerException;
import org.apache.xmpbox.type.BadFieldValueException;

/**
 * report.pdf: PDF/A-2b with DejaVu Sans embedded, readable on paper. It holds every indicator with
 * its definition, table, share and a bar chart, last year beside this year, the suppression log and
 * the narrative. No date from the clock is written, and the document id is a hash of the content,
 * so the same data gives the same file.
 */
final class PdfReport {

    private PdfReport() {
    }

    static byte[] write(PackageContent content, byte[] jsonForId) {
        String lang = content.language();
        Evaluation.Result ev = content.evaluation();
        String who = content.municipalityNumber().matches("\\d{4}")
                ? content.municipalityNumber() + " " + content.municipalityName() : content.municipalityName();
        String title = ReportText.TITLE.in(lang) + " " + ev.period().year() + " – " + who;
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            try (PdfPages pages = new PdfPages(doc, regular, bold, title)) {
                pages.heading(title, 17);
                pages.paragraph(intro(ev, lang), 9.5f, 0.15f);
                boolean ranges = ev.indicators().stream().anyMatch(PdfReport::hasRange);
                if (ranges) {
                    pages.paragraph(ReportText.RANGES.in(lang), 9.5f, 0.15f);
                }
                for (IndicatorResult r : ev.indicators()) {
                    indicator(pages, r, ev, lang);
                }
                pages.heading(ReportText.LOG.in(lang), 13);
                pages.paragraph(ReportText.LOG_INTRO.in(lang), 9, 0.3f);
                List<List<String>> log = new ArrayList<>();
                for (SuppressionEntry e : ev.log()) {
                    Indicator ind = IndicatorCatalogue.find(e.indicatorId()).orElseThrow();
                    log.add(List.of(ind.name().in(lang), ind.rowLabel(e.row()).in(lang), ind.columnLabel(e.column()).in(lang)));
                }
                if (log.isEmpty()) {
                    pages.paragraph(ReportText.NOTHING_SUPPRESSED.in(lang), 9, 0);
                } else {
                    pages.table(ReportText.LOG_HEADER.stream().map(t -> t.in(lang)).toList(), log, 7f);
                }
                pages.heading(ReportText.NARRATIVE.in(lang), 13);
                for (var s : content.narrative().sections().entrySet()) {
                    pages.heading(ReportText.section(s.getKey()).in(lang), 10.5f);
                    pages.paragraph(s.getValue().isBlank() ? "–" : s.getValue(), 9.5f, 0);
                }
            }
            pdfa(doc, title);
            COSArray id = new COSArray();
            byte[] digest = sha256(jsonForId);
            byte[] first = Arrays.copyOf(digest, 16);
            id.add(new COSString(first));
            id.add(new COSString(first));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report.pdf", e);
        }
    }

    private static String intro(Evaluation.Result ev, String lang) {
        String asOf = ev.period().asOf().format(DateTimeFormatter.ofPattern("dd.MM.uuuu"));
        String rule = ev.threshold().name().toUpperCase(Locale.ROOT);
        int t = ev.threshold().minimum();
        return ev.protection().method() == Protection.Method.ROUNDING
                ? String.format(ReportText.INTRO_ROUNDED.in(lang), asOf, t - 1, t, rule, ev.protection().maxError())
                : String.format(ReportText.INTRO.in(lang), asOf, t - 1, rule);
    }

    private static void indicator(PdfPages pages, IndicatorResult r, Evaluation.Result ev, String lang) throws IOException {
        Indicator ind = r.indicator();
        pages.heading(ind.name().in(lang), 12);
        pages.paragraph(ind.definition().in(lang), 8.5f, 0.3f);
        if (r.current().marginsOnly()) {
            pages.paragraph(ReportText.MARGINS.in(lang), 8.5f, 0.3f);
        }
        ProtectedTable t = r.current();
        List<String> header = new ArrayList<>();
        header.add("");
        for (int c = 0; c < t.width(); c++) {
            header.add(ind.columnLabel(t.columnCode(c)).in(lang));
        }
        if (ind.share() != null) {
            header.add(ind.share().label().in(lang));
        }
        if (r.previous() != null) {
            header.add(String.valueOf(ev.period().year() - 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < t.height(); row++) {
            List<String> cells = new ArrayList<>();
            cells.add(ind.rowLabel(t.rowCode(row)).in(lang));
            for (int c = 0; c < t.width(); c++) {
                cells.add(CsvFiles.text(t, row, c));
            }
            if (ind.share() != null) {
                Double s = row < t.rows().size() ? r.share(t, row) : null;
                cells.add(row < t.rows().size() ? (s == null ? CsvFiles.SUPPRESSED : CsvFiles.percent(s) + " %") : "");
            }
            if (r.previous() != null) {
                cells.add(value(r.previous().cell(row, r.previous().width() - 1)));
            }
            rows.add(cells);
        }
        pages.table(header, rows, 8.5f);
        if (t.width() == 1 && t.rows().size() > 1) {
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int row = 0; row < t.rows().size(); row++) {
                labels.add(ind.rowLabel(t.rowCode(row)).in(lang));
                values.add(t.cell(row, 0));
            }
            pages.bars(labels, values, CsvFiles.SUPPRESSED, 8);
        }
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

    private static String value(Long v) {
        return v == null ? CsvFiles.SUPPRESSED : Long.toString(v);
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing font " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** XMP is XML 1.0: characters it cannot hold are left out of the title there. */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void pdfa(PDDocument doc, String rawTitle) throws IOException {
        String title = xmlSafe(rawTitle);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IOException("Cannot mark the report as PDF/A", e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);
        doc.getDocumentInformation().setTitle(title);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
