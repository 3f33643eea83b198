package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The key that encrypts the data file and the backups, derived from the user's password with
 * Argon2id (BouncyCastle) and a random salt kept beside the file in {@value #FILE}. H2 derives its
 * AES key from whatever it is given with only 10 PBKDF2 iterations, and takes the text after the
 * first space as a user password; so H2 is only ever given this key, as 64 hex digits without a
 * space, and a thief who copies the file must pay one Argon2id run per guess (ADR 0012).
 */
public final class DataKey implements AutoCloseable {

    static final String FILE = "key-params.txt";
    /** Written before the file is re-encrypted and renamed to {@link #FILE} after, so a crash between leaves a key that opens it. */
    static final String PENDING = "key-params-pending.txt";

    /** Argon2id cost: memory in KiB, passes, lanes. */
    public record Params(int memoryKiB, int iterations, int parallelism) {
        /** About 0.8 s per guess on a 2-core machine with BouncyCastle; OWASP's floor is 19 MiB and 2 passes. */
        public static final Params DEFAULT = new Params(96 * 1024, 3, 1);
    }

    private final Params params;
    private final byte[] salt;
    private final byte[] key;

    private DataKey(Params params, byte[] salt, byte[] key) {
        this.params = params;
        this.salt = salt.clone();
        this.key = key;
    }

    /** Derives the key for a password; the password array is left for the caller to clear. */
    public static DataKey derive(char[] password, Params params, byte[] salt) {
        Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB()).withIterations(params.iterations()).withParallelism(params.parallelism())
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(p);
        byte[] out = new byte[32];
        generator.generateBytes(password, out);
        return new DataKey(params, salt, out);
    }

    /** A new key with a fresh random salt. */
    public static DataKey fresh(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return derive(password, Params.DEFAULT, salt);
    }

    /** The key for this data folder's stored salt, or null when the folder has none (new, or from before). */
    static DataKey stored(Path dataDir, String file, char[] password) {
        Path p = dataDir.resolve(file);
        if (!Files.exists(p)) {
            return null;
        }
        try {
            Map<String, String> v = new LinkedHashMap<>();
            for (String line : Files.readAllLines(p, StandardCharsets.US_ASCII)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    v.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            Params params = new Params(Integer.parseInt(v.get("memoryKiB")), Integer.parseInt(v.get("iterations")),
                    Integer.parseInt(v.get("parallelism")));
            return derive(password, params, Base64.getDecoder().decode(v.get("salt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The key parameters beside the data file are damaged", e);
        }
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }

    /** Writes the salt and cost (nothing secret) to {@code file}, replacing it in one move. */
    void save(Path dataDir, String file) {
        String text = "kdf=argon2id\nversion=19\nmemoryKiB=" + params.memoryKiB() + "\niterations=" + params.iterations()
                + "\nparallelism=" + params.parallelism() + "\nsalt=" + Base64.getEncoder().encodeToString(salt) + "\n";
        try {
            Path tmp = dataDir.resolve(file + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            Files.move(tmp, dataDir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What H2 is given as the file password: 64 hex digits, no space. The caller clears the array. */
    char[] h2Password() {
        char[] out = new char[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            out[2 * i] = Character.forDigit((key[i] >> 4) & 0xF, 16);
            out[2 * i + 1] = Character.forDigit(key[i] & 0xF, 16);
        }
        return out;
    }

    /** The raw key, for the key check. The caller clears the array. */
    byte[] bytes() {
        return key.clone();
    }

    Params params() {
        return params;
    }

    byte[] salt() {
        return salt.clone();
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
