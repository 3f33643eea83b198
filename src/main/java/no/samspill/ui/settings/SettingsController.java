package no.samspill.ui.settings;

import java.nio.file.Path;
import java.text.NumberFormat;
import javafx.fxml.FXML;
import javafx.util.StringConverter;
import no.samspill.ui.common.TextSize;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import no.samspill.ui.shell.AppShell;
import javafx.scene.Node;
import no.samspill.ui.common.Dialogs;

/** Innstillinger: language, theme, text size, and where the data lives. */
public final class SettingsController {

    private final I18n i18n;
    private final AppShell shell;
    private final boolean darkTheme;
    private final Path dataDirectory;

    @FXML private ComboBox<Language> languageBox;
    @FXML private CheckBox darkThemeBox;
    @FXML private TextField dataLocationField;
    @FXML private ComboBox<Integer> textSizeBox;

    private final NationalIdSettingViewModel nationalIds;
    private final Dialogs dialogs;
    private boolean updating;

    @FXML private CheckBox nationalIdBox;
    @FXML private Node nationalIdPane;

    /** {@code nationalIds} is null before a municipality is chosen. */
    public SettingsController(I18n i18n, AppShell shell, boolean darkTheme, Path dataDirectory,
                              NationalIdSettingViewModel nationalIds, Dialogs dialogs) {
        this.nationalIds = nationalIds;
        this.dialogs = dialogs;
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
        NumberFormat percent = NumberFormat.getPercentInstance(i18n.language().locale());
        textSizeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : percent.format(value / 100.0);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the text size is picked, not typed");
            }
        });
        textSizeBox.getItems().setAll(TextSize.CHOICES);
        textSizeBox.setValue(TextSize.percent());
        textSizeBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                shell.changeTextSize(now);
            }
        });
        dataLocationField.setText(dataDirectory.toString());
        nationalIdPane.setVisible(nationalIds != null);
        nationalIdPane.setManaged(nationalIds != null);
        if (nationalIds != null) {
            nationalIds.storedProperty().addListener((obs, old, now) -> {
                updating = true;
                nationalIdBox.setSelected(now);
                updating = false;
            });
            nationalIdBox.selectedProperty().addListener((obs, old, now) -> onNationalIdToggled(now));
            nationalIds.load();
        }
    }

    private void onNationalIdToggled(boolean on) {
        if (updating) {
            return;
        }
        boolean erase = !on && nationalIds.countProperty().get() > 0;
        if (erase && !dialogs.confirmText(nationalIdBox, "settings.nationalId.off.title",
                i18n.format("settings.nationalId.off.message", nationalIds.countProperty().get()), "settings.nationalId.off.ok")) {
            updating = true;
            nationalIdBox.setSelected(true);
            updating = false;
            return;
        }
        nationalIds.set(on);
    }
}
