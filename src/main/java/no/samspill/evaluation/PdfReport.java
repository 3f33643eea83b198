package no.samspill.evaluation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * report.pdf: tagged PDF/A-2a that is also PDF/UA-1, rendered from {@link ReportHtml} by
 * openhtmltopdf (ADR 0017). The renderer stamps the clock into the creation date; that date is set
 * to the as-of date afterwards, in the information dictionary and the XMP alike, and the document id
 * is a hash of the package's data, so the same data gives the same bytes.
 */
final class PdfReport {

    static final String PRODUCER = "Samspill";

    static {
        // The renderer logs through java.util.logging and may quote text it cannot lay out.
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    static byte[] write(PackageContent content, byte[] jsonForId) {
        Evaluation.Result ev = content.evaluation();
        String who = content.municipalityNumber().matches("\\d{4}|\\d{6}")
                ? content.municipalityNumber() + " " + content.municipalityName() : content.municipalityName();
        String title = ReportText.TITLE.in(content.language()) + " " + ev.period().year() + " – " + who;
        String html = ReportHtml.write(content, title);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(html, null)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                .usePdfUaAccessibility(true)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer(PRODUCER);
        builder.useFont(() -> font(PdfText.FONTS.get(0)), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(PdfText.FONTS.get(1)), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            fixDates(doc, ev.period().asOf());
            COSArray id = new COSArray();
            byte[] first = Arrays.copyOf(sha256(jsonForId), 16);
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

    /** The creation date is the as-of date, the same in the information dictionary and the XMP (PDF/A requires both to agree). */
    private static void fixDates(PDDocument doc, LocalDate asOf) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth());
        doc.getDocumentInformation().setCreationDate(date);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String stamp = asOf + "T00:00:00Z";
        String fixed = xmp.replaceAll("(<xmp:CreateDate>)[^<]*(</xmp:CreateDate>)", "$1" + stamp + "$2")
                .replaceAll("(xmp:CreateDate=\")[^\"]*(\")", "$1" + stamp + "$2");
        metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream font(String resource) {
        InputStream in = PdfReport.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing font " + resource));
        }
        return in;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
