package no.samspill.ui.password;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.samspill.data.Database;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerDatabase;
import no.samspill.domain.RefusedException;
import no.samspill.domain.PasswordRules;
import no.samspill.ui.common.TaskRunner;

/**
 * The data password: chosen on the first start (or when an older, unencrypted file is found), asked
 * for on every later start. {@code open} does the disk work and returns what the app needs next.
 */
public final class PasswordViewModel<T> {

    /** Choosing a password for new data, choosing one to encrypt existing data, unlocking, or signing in to the server. */
    public enum Mode { CREATE, ENCRYPT_EXISTING, UNLOCK, SERVER }

    /** Opens the data with a password; may throw {@link Database.WrongPasswordException}. */
    public interface Opener<T> {
        T open(Path dataDir, char[] password) throws Exception;
    }

    private final Mode mode;
    private final Path dataDir;
    private final TaskRunner tasks;
    private final Opener<T> opener;
    private final Consumer<T> onOpened;
    private final Consumer<Throwable> onError;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper repeatError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty fallbackOffered = new SimpleBooleanProperty();
    private final BooleanBinding ready;
    private Opener<T> fallback;
    private ServerAddress server;

    public PasswordViewModel(Mode mode, Path dataDir, TaskRunner tasks, Opener<T> opener, Consumer<T> onOpened, Consumer<Throwable> onError) {
        this.mode = mode;
        this.dataDir = dataDir;
        this.tasks = tasks;
        this.opener = opener;
        this.onOpened = onOpened;
        this.onError = onError;
        password.addListener(x -> recompute());
        repeat.addListener(x -> recompute());
        ready = Bindings.createBooleanBinding(() -> !busy.get() && passwordError.get() == null && repeatError.get() == null,
                busy, passwordError, repeatError);
        recompute();
    }

    private void recompute() {
        message.set(null);
        char[] pw = password.get().toCharArray();
        if (mode == Mode.UNLOCK || mode == Mode.SERVER) {
            passwordError.set(pw.length == 0 ? "validation.required" : null);
            repeatError.set(null);
        } else {
            passwordError.set(PasswordRules.check(pw).orElse(null));
            repeatError.set(passwordError.get() == null && !password.get().equals(repeat.get()) ? "password.mismatch" : null);
        }
        Arrays.fill(pw, '\0');
    }

    /**
     * What else to open with the same password when the server does not answer (the read-only copy
     * on this laptop); offered after such a failure, never tried on its own.
     */
    public void offerWhenUnreachable(Opener<T> fallback) {
        this.fallback = fallback;
    }

    /** The server signed in to, in {@link Mode#SERVER}. */
    public void signingInTo(ServerAddress address) {
        this.server = address;
    }

    public ServerAddress server() {
        return server;
    }

    public void submit() {
        submit(opener);
    }

    /** Opens the offered fallback with the password typed. */
    public void openFallback() {
        if (fallbackOffered.get()) {
            submit(fallback);
        }
    }

    private void submit(Opener<T> with) {
        if (!ready.get()) {
            return;
        }
        fallbackOffered.set(false);
        char[] pw = password.get().toCharArray();
        busy.set(true);
        tasks.task(() -> {
            try {
                if (mode == Mode.ENCRYPT_EXISTING) {
                    Database.encrypt(dataDir, null, pw);
                }
                return with.open(dataDir, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }).onSuccess(opened -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            onOpened.accept(opened);
        }).onError(error -> {
            busy.set(false);
            if (error instanceof Database.WrongPasswordException) {
                password.set("");
                message.set("password.wrong");
            } else if (error instanceof ServerDatabase.UnreachableException || error instanceof ServerDatabase.NotReadyException) {
                message.set(((RefusedException) error).messageKey());
                fallbackOffered.set(fallback != null && error instanceof ServerDatabase.UnreachableException);
            } else {
                onError.accept(error);
            }
        }).start();
    }

    public Mode mode() { return mode; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty repeatProperty() { return repeat; }
    public ReadOnlyStringProperty passwordErrorProperty() { return passwordError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty repeatErrorProperty() { return repeatError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty fallbackOfferedProperty() { return fallbackOffered; }
    public BooleanBinding readyProperty() { return ready; }
}
