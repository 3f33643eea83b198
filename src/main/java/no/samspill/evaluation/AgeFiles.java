package no.samspill.evaluation;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import java.util.List;

/** Small files in the age format (age-encryption.org/v1) through jagged, in memory: nothing plain touches the disk. */
final class AgeFiles {

    private AgeFiles() {
    }

    static byte[] encrypt(byte[] plain, RecipientStanzaWriter recipient) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + 512);
        try (WritableByteChannel channel = new StandardEncryptingChannelFactory().newEncryptingChannel(Channels.newChannel(out),
                List.of(recipient))) {
            ByteBuffer buffer = ByteBuffer.wrap(plain);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The file could not be encrypted.", e);
        }
        return out.toByteArray();
    }

    /** The plain bytes; {@link RefusedInput} saying {@code wrongKey} when the key does not open it, else {@code altered}. */
    static byte[] decrypt(byte[] sealed, RecipientStanzaReader identity, String wrongKey, String altered) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sealed.length);
        try (ReadableByteChannel channel = new StandardDecryptingChannelFactory().newDecryptingChannel(
                Channels.newChannel(new ByteArrayInputStream(sealed)), List.of(identity))) {
            ByteBuffer buffer = ByteBuffer.allocate(65536);
            while (channel.read(buffer) != -1) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new RefusedInput(causedBy(e, UnsupportedRecipientStanzaException.class) ? wrongKey : altered);
        }
        return out.toByteArray();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
