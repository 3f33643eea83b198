package no.samspill.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The two encodings Norwegian spreadsheets come in: UTF-8 (with or without a byte order mark) and
 * Windows-1252 (Excel's "CSV" on a Norwegian Windows). UTF-8 is strict about its byte sequences,
 * so a file that decodes as UTF-8 is taken as UTF-8; anything else is read as Windows-1252, unless
 * it uses one of the five bytes 1252 leaves undefined, or reads as UTF-8 text decoded the wrong way
 * ("Ã¸" for "ø"), which is what a file with both encodings mixed looks like.
 */
public enum TextEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8), UTF_8_BOM("UTF-8 (BOM)", StandardCharsets.UTF_8), WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"));

    private static final Pattern UTF8_READ_AS_1252 = Pattern.compile("[ÃÂ][\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013-\\u2122]");

    private final String label;
    private final Charset charset;

    TextEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /** The name shown to the user. */
    public String label() {
        return label;
    }

    public static TextEncoding detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return UTF_8_BOM;
        }
        try {
            strict(StandardCharsets.UTF_8, bytes, 0);
            return UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The text, or a refusal when the bytes are not all of this encoding. */
    public String decode(byte[] bytes) {
        int skip = this == UTF_8_BOM ? 3 : 0;
        String text;
        try {
            text = strict(charset, bytes, skip);
        } catch (CharacterCodingException e) {
            throw new ImportRefused("import.refused.encoding", label);
        }
        if (this == WINDOWS_1252 && UTF8_READ_AS_1252.matcher(text).find()) {
            throw new ImportRefused("import.refused.mixedEncoding");
        }
        return text;
    }

    private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        CharBuffer out = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return out.toString();
    }
}
