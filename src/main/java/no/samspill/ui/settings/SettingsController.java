package no.samspill.ui.settings;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.shell.AppShell;

/** Innstillinger: language, theme, and where the data lives. */
public final class SettingsController {

    private final I18n i18n;
    private final AppShell shell;
    private final boolean darkTheme;
    private final Path dataDirectory;

    @FXML private ComboBox<Language> languageBox;
    @FXML private CheckBox darkThemeBox;
    @FXML private TextField dataLocationField;

    public SettingsController(I18n i18n, AppShell shell, boolean darkTheme, Path dataDirectory) {
        this.i18n = i18n;
        this.shell = shell;
        this.darkTheme = darkTheme;
        this.dataDirectory = dataDirectory;
    }

    @FXML
    private void initialize() {
        EnumCells.labels(languageBox, Language.class, i18n);
        languageBox.setValue(i18n.language());
        languageBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                shell.changeLanguage(now);
            }
        });
        darkThemeBox.setSelected(darkTheme);
        darkThemeBox.selectedProperty().addListener((obs, old, now) -> shell.applyTheme(now));
        dataLocationField.setText(dataDirectory.toString());
    }
}
