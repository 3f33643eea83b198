package no.samspill.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text as the report's fonts can draw it and XHTML can hold it, whatever a user typed: composed
 * (NFC), a tab or line break becomes a space, other control and format characters are dropped, and a
 * character the fonts have no glyph for (an emoji, a rare script) becomes "□". A PDF/A file may not
 * show the empty .notdef glyph, so no text field can stop an export or break the archive format.
 */
final class PdfText {

    static final List<String> FONTS = List.of("/fonts/DejaVuSans.ttf", "/fonts/DejaVuSans-Bold.ttf");
    private static final int MISSING = 0x25A1;
    private final List<TrueTypeFont> fonts = new ArrayList<>();

    PdfText() {
        for (String resource : FONTS) {
            try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("Missing font " + resource);
                }
                fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the report's font", e);
            }
        }
    }

    /** The text, drawable and escaped for XHTML content or an attribute value. */
    String xml(String s) {
        String text = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isSpaceChar(cp) && cp != 0xA0 && cp != 0x202F) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED
                    || Character.getType(cp) == Character.PRIVATE_USE || cp == 0xFFFE || cp == 0xFFFF) {
                return;
            } else if (!canDraw(cp)) {
                out.appendCodePoint(MISSING);
            } else {
                switch (cp) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.appendCodePoint(cp);
                }
            }
        });
        return out.toString();
    }

    private boolean canDraw(int cp) {
        try {
            for (TrueTypeFont font : fonts) {
                if (font.getUnicodeCmapLookup().getGlyphId(cp) <= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
