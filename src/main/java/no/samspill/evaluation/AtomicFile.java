package no.samspill.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** A file that appears whole or not at all: written beside its target, then moved into place in one step. */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) {
        write(target, bytes, () -> false);
    }

    /** As {@link #write(Path, byte[])}; when {@code cancelled} says so before the move, nothing is left behind. */
    public static void write(Path target, byte[] bytes, BooleanSupplier cancelled) {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".samspill", ".part");
            Files.write(tmp, bytes);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": check the folder and the disk.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
