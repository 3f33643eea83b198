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
import no.samspill.domain.PasswordRules;
import no.samspill.ui.common.TaskRunner;

/**
 * The data password: chosen on the first start (or when an older, unencrypted file is found), asked
 * for on every later start. {@code open} does the disk work and returns what the app needs next.
 */
public final class PasswordViewModel<T> {

    /** Choosing a password for new data, choosing one to encrypt existing data, or unlocking. */
    public enum Mode { CREATE, ENCRYPT_EXISTING, UNLOCK }

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
    private final BooleanBinding ready;

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
        if (mode == Mode.UNLOCK) {
            passwordError.set(pw.length == 0 ? "validation.required" : null);
            repeatError.set(null);
        } else {
            passwordError.set(PasswordRules.check(pw).orElse(null));
            repeatError.set(passwordError.get() == null && !password.get().equals(repeat.get()) ? "password.mismatch" : null);
        }
        Arrays.fill(pw, '\0');
    }

    public void submit() {
        if (!ready.get()) {
            return;
        }
        char[] pw = password.get().toCharArray();
        busy.set(true);
        tasks.task(() -> {
            try {
                if (mode == Mode.ENCRYPT_EXISTING) {
                    Database.encrypt(dataDir, null, pw);
                }
                return opener.open(dataDir, pw);
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
    public BooleanBinding readyProperty() { return ready; }
}
