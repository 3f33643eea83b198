package no.samspill.ui.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.SecretariatKeys;
import no.samspill.evaluation.Threshold;
import no.samspill.evaluation.UnlockedKey;
import no.samspill.ui.common.CancellableWork;
import no.samspill.ui.common.ViewModelContext;

/**
 * Adds verified packages up off the FX thread, opening the secretariat's key file first when one is
 * given (ADR 0021). A national roll-up reads every input's bounds and takes seconds, so it says that
 * it works and can be cancelled; a cancelled one writes nothing.
 */
public final class RollUpViewModel {

    private final ViewModelContext context;
    private final String appVersion;
    private final CancellableWork work = new CancellableWork();

    RollUpViewModel(ViewModelContext context, String appVersion) {
        this.context = context;
        this.appVersion = appVersion;
    }

    /**
     * Verifies every package first; if any is refused, nothing is added up. Otherwise the roll-up is
     * written to {@code target} in one step. With the secretariat's {@code keyFile} and its
     * {@code password} (wiped here), opened companions count exactly; a password that does not open
     * the file calls {@code onWrongPassword}.
     */
    public void rollUp(List<Path> packages, String name, Threshold threshold, Path target, Path keyFile, char[] password,
                       Consumer<EvaluationService.RollUpOutcome> onDone, Runnable onWrongPassword) {
        boolean started = work.start(context, cancelled -> {
            if (keyFile == null) {
                return EvaluationService.rollUp(packages, name, threshold, appVersion, target, null, cancelled);
            }
            UnlockedKey key;
            try {
                key = SecretariatKeys.unlock(Files.readAllBytes(keyFile), password);
            } catch (IllegalArgumentException e) {
                return null;
            } finally {
                Arrays.fill(password, '\0');
            }
            try (key) {
                return EvaluationService.rollUp(packages, name, threshold, appVersion, target, key, cancelled);
            }
        }, outcome -> {
            if (outcome == null) {
                onWrongPassword.run();
            } else {
                onDone.accept(outcome);
            }
        });
        if (!started && password != null) {
            Arrays.fill(password, '\0');
        }
    }

    /** Stops a running roll-up between two packages; nothing is written. */
    public void cancel() {
        work.cancel();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
