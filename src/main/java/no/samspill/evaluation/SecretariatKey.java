package no.samspill.evaluation;

import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A national secretariat's public key as municipalities receive it: the organisation's name and an
 * age X25519 recipient ({@code age1…}), in a short text block that survives e-mail and print. The
 * fingerprint covers both, so a name swapped onto another key reads differently when compared aloud.
 */
public record SecretariatKey(String organisation, String recipient) {

    static final String BEGIN = "-----BEGIN SAMSPILL SECRETARIAT KEY-----";
    static final String END = "-----END SAMSPILL SECRETARIAT KEY-----";
    private static final String NAME = "Organisasjon: ";
    private static final Pattern RECIPIENT = Pattern.compile("age1[02-9ac-hj-np-z]{58}");
    private static final Pattern ORGANISATION = Pattern.compile("Organisasjon:\\s*(.*?)\\s*(?=age1[02-9ac-hj-np-z]{58})", Pattern.DOTALL);

    public SecretariatKey {
        organisation = checkedName(organisation);
        try {
            X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("The key is not a valid age public key (it starts with age1).");
        }
    }

    /** Reads the block a secretariat hands out; anything around it (an e-mail's text) is ignored. */
    public static SecretariatKey parse(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("This is not a secretariat key: the lines " + BEGIN + " and " + END + " are missing.");
        }
        // Line breaks are not relied on: mail programs and copying from a PDF join or split lines.
        String body = text.substring(begin + BEGIN.length(), end);
        Matcher key = RECIPIENT.matcher(body);
        Matcher name = ORGANISATION.matcher(body);
        if (!key.find() || !name.find()) {
            throw new IllegalArgumentException("The secretariat key must name its organisation and hold one age1… key.");
        }
        String organisation = name.group(1).replaceAll("\\s+", " ").strip();
        String recipient = key.group();
        return new SecretariatKey(organisation, recipient);
    }

    public String text() {
        return BEGIN + "\n" + NAME + organisation + "\n" + recipient + "\n" + END + "\n";
    }

    /** Twenty hexadecimal digits in groups of four, from SHA-256 over the name and the key. */
    public String fingerprint() {
        byte[] hash = PdfReport.sha256((organisation + "\n" + recipient).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(hash, 0, 10).toUpperCase(Locale.ROOT);
        return String.join(" ", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12), hex.substring(12, 16), hex.substring(16, 20));
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120 || n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The organisation's name must be one line of at most 120 characters.");
        }
        return n;
    }
}
