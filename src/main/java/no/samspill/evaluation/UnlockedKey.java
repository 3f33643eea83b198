package no.samspill.evaluation;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/** A secretariat's private key, open in memory only, for one roll-up; closing it wipes it. */
public final class UnlockedKey implements AutoCloseable {

    private final SecretariatKey publicKey;
    private final char[] identity;

    UnlockedKey(SecretariatKey publicKey, char[] identity) {
        this.publicKey = publicKey;
        this.identity = identity;
    }

    public SecretariatKey publicKey() {
        return publicKey;
    }

    RecipientStanzaReader reader() {
        try {
            return X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(CharBuffer.wrap(identity));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The key file holds a damaged private key.", e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(identity, '\0');
    }

    @Override
    public String toString() {
        return "UnlockedKey[" + publicKey.organisation() + "]";
    }
}
