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
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small file beside the database that says whether a password is the right one, without the
 * database. H2 reports a wrong password and a damaged encrypted file with the same error; with this
 * check Samspill can tell them apart and offer a backup instead of "wrong password".
 * It holds a known text encrypted with AES-GCM under a PBKDF2 key: nothing about the data.
 */
public final class KeyCheck {

    static final String FILE = "key-check.bin";
    private static final byte[] KNOWN = "samspill-key-check-1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 210_000;

    private KeyCheck() {
    }

    /** Writes the check for this password, replacing an old one. */
    public static void write(Path dataDir, char[] password) {
        try {
            byte[] salt = new byte[16];
            byte[] iv = new byte[12];
            SecureRandom random = new SecureRandom();
            random.nextBytes(salt);
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(password, salt), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(KNOWN);
            byte[] out = new byte[salt.length + iv.length + sealed.length];
            System.arraycopy(salt, 0, out, 0, 16);
            System.arraycopy(iv, 0, out, 16, 12);
            System.arraycopy(sealed, 0, out, 28, sealed.length);
            Files.write(dataDir.resolve(FILE), out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the key check", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }

    /** True when the password opens the check; false when it does not or there is no check. */
    public static boolean matches(Path dataDir, char[] password) {
        try {
            byte[] in = Files.readAllBytes(dataDir.resolve(FILE));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(password, Arrays.copyOf(in, 16)), new GCMParameterSpec(128, in, 16, 12));
            return Arrays.equals(KNOWN, c.doFinal(in, 28, in.length - 28));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt) throws GeneralSecurityException {
        byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
        return new SecretKeySpec(k, "AES");
    }
}
