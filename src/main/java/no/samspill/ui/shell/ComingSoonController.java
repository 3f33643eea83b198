package no.samspill.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import no.samspill.ui.common.I18n;

/** A screen that is planned but not built yet says so, and what it will hold. */
public final class ComingSoonController {

    private final I18n i18n;

    @FXML private Label title;
    @FXML private Label description;

    public ComingSoonController(I18n i18n) {
        this.i18n = i18n;
    }

    void show(Section s) {
        title.setText(i18n.get(s.labelKey()));
        description.setText(i18n.get(s.comingSoonKey()));
    }
}
