package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small file beside the database that says whether a password is the right one, without the
 * database. H2 reports a wrong password and a damaged encrypted file with the same error; with this
 * check Samspill can tell them apart and offer a backup instead of "wrong password".
 * It holds a known text encrypted with AES-GCM under the same Argon2id key as the data
 * ({@link DataKey}), so it is no cheaper to attack than the file itself.
 */
public final class KeyCheck {

    static final String FILE = "key-check.bin";
    private static final byte[] KNOWN = "samspill-key-check-2".getBytes(StandardCharsets.US_ASCII);

    private KeyCheck() {
    }

    /** Writes the check for this key, replacing an old one. */
    static void write(Path dataDir, DataKey key) {
        byte[] k = key.bytes();
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(KNOWN);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(sealed, 0, out, 12, sealed.length);
            Files.write(dataDir.resolve(FILE), out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the key check", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }

    /** True when the password opens the check; false when it does not or there is no check. Derives the key: not on the FX thread. */
    public static boolean matches(Path dataDir, char[] password) {
        if (!exists(dataDir) || !DataKey.exists(dataDir)) {
            return false;
        }
        try (DataKey key = DataKey.stored(dataDir, DataKey.FILE, password)) {
            byte[] k = key.bytes();
            try {
                byte[] in = Files.readAllBytes(dataDir.resolve(FILE));
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, in, 0, 12));
                return Arrays.equals(KNOWN, c.doFinal(in, 12, in.length - 12));
            } finally {
                Arrays.fill(k, (byte) 0);
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }
}
