package no.samspill.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A minimal flowing layout on A4 pages: paragraphs that wrap, simple tables and bars, and a page break when full. */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PdfText printable = new PdfText();
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private PDPageContentStream cs;
    private float y;
    private int pageNumber;

    PdfPages(PDDocument doc, PDFont regular, PDFont bold, String footer) throws IOException {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.footer = footer;
        newPage();
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNumber++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        text(regular, 8, MARGIN, 28, footer + "  ·  " + pageNumber, 0.4f);
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void space(float h) {
        y -= h;
    }

    void heading(String s, float size) throws IOException {
        need(size * 2.4f);
        y -= size * 1.2f;
        text(bold, size, MARGIN, y, s, 0);
        y -= size * 0.6f;
    }

    void paragraph(String s, float size, float grey) throws IOException {
        for (String paragraph : s.split("\n")) {
            for (String line : wrap(paragraph, regular, size, WIDTH)) {
                need(size * 1.4f);
                y -= size * 1.35f;
                text(regular, size, MARGIN, y, line, grey);
            }
        }
        y -= size * 0.4f;
    }

    /** A table: the header row in bold, then the rows; columns share the width after the first. */
    void table(List<String> header, List<List<String>> rows, float size) throws IOException {
        int cols = header.size();
        float first = Math.min(WIDTH * 0.38f, WIDTH - (cols - 1) * 48f);
        float other = cols > 1 ? (WIDTH - first) / (cols - 1) : 0;
        float rowHeight = size * 1.7f;
        need(rowHeight * Math.min(rows.size() + 1, 6));
        drawRow(header, first, other, size, bold, rowHeight, true);
        for (List<String> row : rows) {
            need(rowHeight);
            drawRow(row, first, other, size, row.get(0).startsWith("I alt") || row.get(0).startsWith("Total") ? bold : regular,
                    rowHeight, false);
        }
        y -= size * 0.6f;
    }

    private void drawRow(List<String> cells, float first, float other, float size, PDFont font, float h, boolean header)
            throws IOException {
        y -= h;
        if (header) {
            cs.setNonStrokingColor(0.93f, 0.94f, 0.96f);
            cs.addRect(MARGIN, y - size * 0.45f, WIDTH, h);
            cs.fill();
        }
        for (int c = 0; c < cells.size(); c++) {
            String s = fit(cells.get(c), font, size, c == 0 ? first - 6 : other - 6);
            float x = c == 0 ? MARGIN + 3 : MARGIN + first + c * other - 3 - width(s, font, size);
            text(font, size, x, y, s, 0);
        }
        cs.setStrokingColor(0.85f, 0.86f, 0.88f);
        cs.moveTo(MARGIN, y - size * 0.45f);
        cs.lineTo(MARGIN + WIDTH, y - size * 0.45f);
        cs.stroke();
    }

    /** Horizontal bars for published values; a suppressed one gets its mark instead of a bar. */
    void bars(List<String> labels, List<Long> values, String suppressedMark, float size) throws IOException {
        long max = Math.max(1, values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(1));
        float labelWidth = WIDTH * 0.38f;
        float barSpace = WIDTH - labelWidth - 40;
        for (int i = 0; i < labels.size(); i++) {
            need(size * 1.8f);
            y -= size * 1.7f;
            text(regular, size, MARGIN + 3, y, fit(labels.get(i), regular, size, labelWidth - 8), 0);
            Long v = values.get(i);
            if (v == null) {
                text(bold, size, MARGIN + labelWidth, y, suppressedMark, 0);
            } else {
                float w = barSpace * v / max;
                cs.setNonStrokingColor(0.20f, 0.42f, 0.72f);
                cs.addRect(MARGIN + labelWidth, y - 1, Math.max(w, 0.5f), size);
                cs.fill();
                text(regular, size, MARGIN + labelWidth + w + 4, y, Long.toString(v), 0);
            }
        }
        y -= size * 0.8f;
    }

    private void text(PDFont font, float size, float x, float at, String s, float grey) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(grey, grey, grey);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, at);
        cs.showText(printable.printable(s, font));
        cs.endText();
    }

    private float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable.printable(s, font)) / 1000 * size;
    }

    private String fit(String s, PDFont font, float size, float max) throws IOException {
        if (width(s, font, size) <= max) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(t + "…", font, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** Lines that fit {@code max}; a word longer than a line (a URL) is broken where it must be. */
    private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String word : printable.printable(text, font).split(" ")) {
            while (word.length() > 1 && width(word, font, size) > max) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > max) {
                    cut = Math.max(1, cut * 3 / 4);
                }
                words.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            words.add(word);
        }
        for (String word : words) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (width(next, font, size) > max && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
