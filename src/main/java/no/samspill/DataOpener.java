package no.samspill;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import no.samspill.data.DamagedData;
import no.samspill.data.Database;
import no.samspill.data.KeyCheck;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerSnapshot;
import no.samspill.ui.password.PasswordViewModel;
import java.util.Optional;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TaskRunner;

/**
 * Opening the data with a password, off the FX thread: the context, the start state (with the demo
 * made on an empty file when asked), or, when the right password does not open the file, the file
 * set aside as damaged with the newest backup that opens.
 */
final class DataOpener {

    /** An opened context and what the window starts with. */
    record Opened(AppContext context, AppContext.StartState state) {
    }

    private final boolean demoIfEmpty;
    private char[] damagedPassword;

    DataOpener(boolean demoIfEmpty) {
        this.demoIfEmpty = demoIfEmpty;
    }

    Opened open(Path dir, TaskRunner tasks, char[] password) {
        AppContext opened;
        try {
            opened = AppContext.open(dir, tasks, password);
        } catch (Database.WrongPasswordException wrong) {
            if (KeyCheck.matches(dir, password)) {
                // The password is right, so the file is damaged: set it aside and find a backup to offer.
                damagedPassword = password.clone();
                throw DamagedData.setAside(dir, password, LocalDateTime.now());
            }
            throw wrong;
        }
        AppContext.StartState state = opened.startState();
        if (state.municipality().isEmpty() && demoIfEmpty) {
            opened.createDemo(new I18n(state.language()).get("firstStart.demo.municipalityName"));
            state = opened.startState();
        }
        return new Opened(opened, state);
    }

    /** The password screen's task: choose a password for new or plain data, unlock the file, or sign in to the server. */
    static PasswordViewModel.Mode mode(Optional<ServerAddress> server, Database.FileState state) {
        return server.isPresent() ? PasswordViewModel.Mode.SERVER : switch (state) {
            case NONE -> PasswordViewModel.Mode.CREATE;
            case PLAIN -> PasswordViewModel.Mode.ENCRYPT_EXISTING;
            case ENCRYPTED -> PasswordViewModel.Mode.UNLOCK;
        };
    }

    /** What the password opens: the chosen server, or the file. */
    PasswordViewModel.Opener<Opened> opener(Optional<ServerAddress> server, TaskRunner tasks) {
        return server.isPresent() ? (dir, pw) -> openServer(dir, server.get(), tasks, pw) : (dir, pw) -> open(dir, tasks, pw);
    }

    /** For a server: its name on the screen, and the read-only copy offered when it does not answer, if there is one. */
    void prepare(PasswordViewModel<Opened> model, Optional<ServerAddress> server, Path dir, TaskRunner tasks) {
        server.ifPresent(model::signingInTo);
        if (server.isPresent() && ServerSnapshot.madeAt(dir).isPresent()) {
            model.offerWhenUnreachable((d, pw) -> openSnapshot(d, tasks, pw));
        }
    }

    /** Signs in to the municipality's server (shared mode). */
    Opened openServer(Path dir, ServerAddress address, TaskRunner tasks, char[] password) {
        AppContext opened = AppContext.openServer(dir, address, tasks, password);
        return new Opened(opened, opened.startState());
    }

    /** The read-only copy of the server's data, when the server does not answer. */
    Opened openSnapshot(Path dir, TaskRunner tasks, char[] password) {
        AppContext opened = AppContext.openSnapshot(dir, tasks, password);
        return new Opened(opened, opened.startState());
    }

    /** The password that proved a file damaged, for restoring its backup; handed over once. */
    char[] takeDamagedPassword() {
        char[] pw = damagedPassword;
        damagedPassword = null;
        return pw == null ? new char[0] : pw;
    }

    static void clear(char[] password) {
        Arrays.fill(password, '\0');
    }
}
