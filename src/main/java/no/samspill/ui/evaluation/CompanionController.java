package no.samspill.ui.evaluation;

import no.samspill.ui.common.ShownWhile;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import no.samspill.evaluation.Companion;
import no.samspill.evaluation.SecretariatKey;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import no.samspill.ui.settings.SecretariatKeyViewModel;

/**
 * Under Evaluering's export: when Innstillinger holds a secretariat's key, whether the package
 * carries the exact tables encrypted to it, and what they are before they are encrypted.
 */
public final class CompanionController {

    private final EvaluationViewModel evaluation;
    private final SecretariatKeyViewModel keys;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private HBox companionBox;
    @FXML private CheckBox includeBox;
    @FXML private Button showButton;

    public CompanionController(EvaluationViewModel evaluation, SecretariatKeyViewModel keys, I18n i18n, Dialogs dialogs) {
        this.evaluation = evaluation;
        this.keys = keys;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        ShownWhile.bind(keys.keyProperty().isNotNull(), companionBox);
        includeBox.setSelected(true);
        keys.keyProperty().addListener((o, a, k) -> show(k));
        includeBox.selectedProperty().addListener((o, a, on) -> choose());
        showButton.disableProperty().bind(Bindings.or(evaluation.previewProperty().isNull(), includeBox.selectedProperty().not()));
        show(keys.keyProperty().get());
        keys.load();
    }

    private void show(SecretariatKey key) {
        includeBox.setText(key == null ? "" : i18n.format("evaluation.companion.include", key.organisation(), key.fingerprint()));
        choose();
    }

    private void choose() {
        SecretariatKey key = keys.keyProperty().get();
        evaluation.companionToProperty().set(includeBox.isSelected() ? key : null);
    }

    @FXML
    private void onShow() {
        var result = evaluation.previewProperty().get();
        if (result != null) {
            dialogs.text(showButton, "evaluation.companion.contents.title",
                    Companion.describe(result, i18n.language().locale().getLanguage(), i18n.language().locale()));
        }
    }
}
