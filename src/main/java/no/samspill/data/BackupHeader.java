package no.samspill.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The first line of a backup: the salt and Argon2id cost its key was derived with (nothing secret),
 * so a backup opens with the password alone, on any machine. Backups from before have no header.
 */
record BackupHeader(DataKey.Params params, byte[] salt, int length) {

    private static final String MAGIC = "SAMSPILL-BACKUP-2 ";

    static byte[] of(DataKey key) {
        DataKey.Params p = key.params();
        return (MAGIC + p.memoryKiB() + " " + p.iterations() + " " + p.parallelism() + " "
                + Base64.getEncoder().encodeToString(key.salt()) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The header, or null for a backup without one. */
    static BackupHeader read(Path backup) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(backup)) {
            head = in.readNBytes(200);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        if (!text.startsWith(MAGIC) || end < 0) {
            return null;
        }
        String[] f = text.substring(MAGIC.length(), end).split(" ");
        try {
            DataKey.Params params = new DataKey.Params(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            if (params.memoryKiB() > 4 * 1024 * 1024 || params.iterations() > 100 || params.parallelism() > 16) {
                throw new IOException("The backup's key parameters are out of range");
            }
            return new BackupHeader(params, Base64.getDecoder().decode(f[3]), end + 1);
        } catch (RuntimeException e) {
            throw new IOException("The backup's header is damaged", e);
        }
    }
}
