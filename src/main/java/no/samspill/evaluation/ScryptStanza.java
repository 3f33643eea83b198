package no.samspill.evaluation;

import com.exceptionfactory.jagged.FileKey;
import com.exceptionfactory.jagged.RecipientStanza;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * age's scrypt recipient (the password stanza of age-encryption.org/v1) for jagged, whose own scrypt
 * module is not on the build's repository: the wrap key is scrypt(password, label ‖ salt, N = 2^logN,
 * r = 8, p = 1) by BouncyCastle, and the file key is sealed with the JDK's ChaCha20-Poly1305 under a
 * zero nonce, as the specification says. The reference {@code age} tool opens what this writes
 * ({@code SecretariatKeysTest}).
 */
final class ScryptStanza implements RecipientStanza {

    private static final String TYPE = "scrypt";
    private static final byte[] LABEL = "age-encryption.org/v1/scrypt".getBytes(StandardCharsets.US_ASCII);
    /** The reference tool refuses more than this when it decrypts; so does this reader. */
    private static final int MAX_WORK_FACTOR = 22;

    private final List<String> arguments;
    private final byte[] body;

    private ScryptStanza(List<String> arguments, byte[] body) {
        this.arguments = arguments;
        this.body = body;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public List<String> getArguments() {
        return arguments;
    }

    @Override
    public byte[] getBody() {
        return body.clone();
    }

    /** A writer that seals the file key under {@code password} (kept by reference; the caller wipes it after use). */
    static RecipientStanzaWriter writer(byte[] password, int workFactor) {
        return fileKey -> {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] key = wrapKey(password, salt, workFactor);
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key).doFinal(fileKey.getEncoded());
                return List.of(new ScryptStanza(List.of(Base64.getEncoder().withoutPadding().encodeToString(salt),
                        Integer.toString(workFactor)), sealed));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        };
    }

    /** A reader that opens a file sealed under {@code password}; a wrong password is an unsupported stanza, as in jagged. */
    static RecipientStanzaReader reader(byte[] password) {
        return stanzas -> {
            Iterator<RecipientStanza> all = stanzas.iterator();
            RecipientStanza s = all.hasNext() ? all.next() : null;
            if (s == null || !TYPE.equals(s.getType()) || all.hasNext() || s.getArguments().size() != 2) {
                throw new UnsupportedRecipientStanzaException("Not one scrypt stanza");
            }
            byte[] salt;
            int workFactor;
            try {
                salt = Base64.getDecoder().decode(s.getArguments().get(0));
                workFactor = Integer.parseInt(s.getArguments().get(1));
            } catch (IllegalArgumentException e) {
                throw new UnsupportedRecipientStanzaException("Malformed scrypt stanza");
            }
            if (salt.length != 16 || workFactor < 1 || workFactor > MAX_WORK_FACTOR || s.getBody().length != 32) {
                throw new UnsupportedRecipientStanzaException("Malformed scrypt stanza");
            }
            byte[] key = wrapKey(password, salt, workFactor);
            try {
                return new FileKey(cipher(Cipher.DECRYPT_MODE, key).doFinal(s.getBody()));
            } catch (GeneralSecurityException e) {
                throw new UnsupportedRecipientStanzaException("The password does not open the file key");
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        };
    }

    private static byte[] wrapKey(byte[] password, byte[] salt, int workFactor) {
        byte[] labelled = new byte[LABEL.length + salt.length];
        System.arraycopy(LABEL, 0, labelled, 0, LABEL.length);
        System.arraycopy(salt, 0, labelled, LABEL.length, salt.length);
        return SCrypt.generate(password, labelled, 1 << workFactor, 8, 1, 32);
    }

    private static Cipher cipher(int mode, byte[] key) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(new byte[12]));
        return c;
    }
}
