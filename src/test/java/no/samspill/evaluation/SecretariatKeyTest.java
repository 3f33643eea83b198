package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public key block as municipalities receive it, pasted whole, inside an e-mail, or with its lines joined. */
class SecretariatKeyTest {

    /** A valid X25519 recipient (age's own spec example). */
    static final String AGE1 = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

    @Test
    void theBlockReadsBackWhetherItsLinesAreKeptJoinedOrWrappedInAMail() {
        SecretariatKey key = new SecretariatKey("KS Nord-Norge", AGE1);
        assertEquals(key, SecretariatKey.parse(key.text()));
        assertEquals(key, SecretariatKey.parse("Hei,\r\nher er nøkkelen:\r\n\r\n" + key.text().replace("\n", "\r\n") + "\r\nHilsen KS"));
        assertEquals(key, SecretariatKey.parse(key.text().replace("\n", "")));
        assertEquals(key, SecretariatKey.parse(key.text().replace("KS Nord-Norge", "KS\n  Nord-Norge")));
    }

    @Test
    void theFingerprintCoversTheNameAndTheKey() {
        String f = new SecretariatKey("KS Nord", AGE1).fingerprint();
        assertTrue(f.matches("([0-9A-F]{4} ){4}[0-9A-F]{4}"), f);
        assertNotEquals(f, new SecretariatKey("KS Sør", AGE1).fingerprint());
    }

    @Test
    void aTextThatIsNotAKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SecretariatKey.parse("hei, her er nøkkelen"));
        String broken = new SecretariatKey("KS", AGE1).text().replace("mcac8p", "mcac8q");
        assertThrows(IllegalArgumentException.class, () -> SecretariatKey.parse(broken), "a wrong checksum");
        assertThrows(IllegalArgumentException.class, () -> new SecretariatKey("KS\nNord", AGE1), "a name of two lines");
    }
}
