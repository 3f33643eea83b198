package no.samspill.evaluation;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as the report's font can draw it, whatever a user typed: composed (NFC), a tab or line break
 * becomes a space, other control and format characters are dropped, and a character the font has
 * no glyph for (an emoji, a rare script) becomes "□", so no text field can stop an export.
 */
final class PdfText {

    private static final String MISSING = "\u25A1";
    private final Map<PDFont, Map<Integer, Boolean>> drawable = new HashMap<>();

    String printable(String s, PDFont font) {
        String text = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
                return;
            } else if (canDraw(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(canDraw(font, MISSING.codePointAt(0)) ? MISSING : "?");
            }
        });
        return out.toString();
    }

    private boolean canDraw(PDFont font, int cp) {
        return drawable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                return font.encode(new String(Character.toChars(c))).length > 0;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                return false;
            }
        });
    }
}
