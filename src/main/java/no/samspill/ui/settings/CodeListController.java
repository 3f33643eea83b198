package no.samspill.ui.settings;

import no.samspill.ui.common.StartFolder;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import no.samspill.ui.common.I18n;

/** The Kodelister part of Innstillinger. */
public final class CodeListController {

    private final CodeListViewModel model;
    private final I18n i18n;

    @FXML private Label summaryLabel;
    @FXML private Label resultLabel;
    @FXML private Button importButton;

    public CodeListController(CodeListViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        model.countsProperty().addListener((o, a, c) -> summaryLabel.setText(c == null ? ""
                : i18n.format("codeList.summary", c.municipalities(), c.counties(), c.districts())));
        model.outcomeProperty().addListener((o, a, r) -> {
            resultLabel.setText(r == null ? "" : i18n.format(r.key(), r.args()));
            resultLabel.getStyleClass().setAll("label", r != null && !r.ok() ? "field-error" : "text-success");
        });
        importButton.disableProperty().bind(model.busyProperty());
        model.load();
    }

    @FXML
    private void onImport() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(StartFolder.documents());
        chooser.setTitle(i18n.get("codeList.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("codeList.import.filter"), "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(importButton.getScene().getWindow());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }
}
