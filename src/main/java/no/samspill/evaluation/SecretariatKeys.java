package no.samspill.evaluation;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Arrays;

/**
 * The secretariat's key pair (ADR 0021): an age X25519 identity, kept in a file that is itself an
 * age file encrypted under the secretariat's password with age's scrypt recipient ({@link ScryptStanza},
 * work factor 18, the reference tool's own). Decrypted, the file is in the reference tool's key format, so
 * {@code age -d} can open what Samspill encrypts.
 */
public final class SecretariatKeys {

    /** scrypt N = 2^18: about a second and 256 MB here, as age itself uses for passwords. */
    static final int WORK_FACTOR = 18;
    private static final String SECRET = "AGE-SECRET-KEY-1";
    private static final String NAME = "# organisation: ";

    /** A new pair: the public block to hand out and the password-encrypted private file to keep. */
    public record Generated(SecretariatKey publicKey, byte[] privateFile) {
    }

    private SecretariatKeys() {
    }

    public static Generated generate(String organisation, char[] password) {
        byte[] secret = null;
        byte[] plain = null;
        try {
            KeyPair pair = new X25519KeyPairGenerator().generateKeyPair();
            SecretariatKey key = new SecretariatKey(organisation, pair.getPublic().toString());
            secret = pair.getPrivate().getEncoded();
            byte[] head = ("# Samspill secretariat key\n" + NAME + key.organisation() + "\n# public key: " + key.recipient() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            plain = new byte[head.length + secret.length + 1];
            System.arraycopy(head, 0, plain, 0, head.length);
            System.arraycopy(secret, 0, plain, head.length, secret.length);
            plain[plain.length - 1] = '\n';
            byte[] pass = utf8(password);
            try {
                return new Generated(key, AgeFiles.encrypt(plain, ScryptStanza.writer(pass, WORK_FACTOR)));
            } finally {
                Arrays.fill(pass, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This computer cannot make an X25519 key pair.", e);
        } finally {
            wipe(secret);
            wipe(plain);
        }
    }

    /** Opens the private file with its password; a wrong password or another file is a sentence, not a stack trace. */
    public static UnlockedKey unlock(byte[] privateFile, char[] password) {
        byte[] pass = utf8(password);
        byte[] plain = null;
        try {
            plain = AgeFiles.decrypt(privateFile, ScryptStanza.reader(pass), "The password does not open this key file.",
                    "This is not a Samspill key file, or it has been changed.");
            return parse(plain);
        } finally {
            Arrays.fill(pass, (byte) 0);
            wipe(plain);
        }
    }

    private static UnlockedKey parse(byte[] plain) {
        String organisation = null;
        String recipient = null;
        char[] identity = null;
        int start = 0;
        for (int i = 0; i <= plain.length; i++) {
            if (i == plain.length || plain[i] == '\n') {
                String head = new String(plain, start, Math.min(i - start, 24), StandardCharsets.US_ASCII);
                if (head.startsWith(SECRET)) {
                    identity = new char[i - start];
                    for (int k = 0; k < identity.length; k++) {
                        identity[k] = (char) plain[start + k];
                    }
                } else {
                    String line = new String(plain, start, i - start, StandardCharsets.UTF_8);
                    if (line.startsWith(NAME)) {
                        organisation = line.substring(NAME.length());
                    } else if (line.startsWith("# public key: ")) {
                        recipient = line.substring("# public key: ".length());
                    }
                }
                start = i + 1;
            }
        }
        if (organisation == null || recipient == null || identity == null) {
            throw new IllegalArgumentException("The key file opened, but it does not hold a Samspill secretariat key.");
        }
        return new UnlockedKey(new SecretariatKey(organisation, recipient), identity);
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = Arrays.copyOfRange(b.array(), b.position(), b.limit());
        Arrays.fill(b.array(), (byte) 0);
        return out;
    }

    private static void wipe(byte[] data) {
        if (data != null) {
            Arrays.fill(data, (byte) 0);
        }
    }
}
