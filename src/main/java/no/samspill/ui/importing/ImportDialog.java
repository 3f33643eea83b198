package no.samspill.ui.importing;

import no.samspill.ui.common.StartFolder;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxListCell;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.util.StringConverter;
import no.samspill.importing.ImportReport;
import no.samspill.importing.TextEncoding;
import no.samspill.ui.common.I18n;

/**
 * "Importer kandidater": choose the file, see it as read (with the encoding found, which the user
 * can change), map columns and words, check every row, decide on duplicates, and import the valid
 * rows in one go. Reading and checking run off the FX thread and can be cancelled.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final I18n i18n;
    private final ImportReport words;

    public ImportDialog(ImportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.words = new ImportReport(i18n.language().locale());
    }

    /** Shows the dialog; {@code onImported} runs after a commit, to reload the list behind it. */
    public void show(Node owner, Runnable onImported) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(i18n.get("import.title"));
        dialog.setResizable(true);
        ButtonType importType = new ButtonType(i18n.get("import.commit"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(i18n.get("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, close);
        var css = ImportDialog.class.getResource("/css/samspill.css");
        if (css != null) {
            dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        ImportTabs steps = new ImportTabs(model, i18n);
        TabPane tabs = new TabPane(new Tab(i18n.get("import.step.preview"), steps.preview()), new Tab(i18n.get("import.step.columns"), steps.columns()),
                new Tab(i18n.get("import.step.words"), steps.words()), new Tab(i18n.get("import.step.check"), steps.check(model::check)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() == 3 && model.checkedProperty().get() == null) {
                model.check();
            }
        });
        VBox content = new VBox(8, fileRow(dialog), message(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> {
            // Wide enough for a sheet's columns, never larger than the screen (1366×768 included).
            var screen = Screen.getPrimary().getVisualBounds();
            var window = dialog.getDialogPane().getScene().getWindow();
            double width = Math.min(960, screen.getWidth() - 40);
            double height = Math.min(640, screen.getHeight() - 40);
            window.setWidth(width);
            window.setHeight(height);
            window.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            window.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        });
        Button commit = (Button) dialog.getDialogPane().lookupButton(importType);
        commit.disableProperty().bind(model.checkedProperty().isNull().or(model.busyProperty()).or(model.outcomeProperty().isNotNull()));
        commit.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.commit(onImported);
        });
        dialog.setOnCloseRequest(e -> model.cancel());
        dialog.showAndWait();
    }

    private HBox fileRow(Dialog<ButtonType> dialog) {
        Button choose = new Button(i18n.get("import.choose"));
        choose.setMnemonicParsing(true);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        // The path can also be typed or pasted, then Enter: quicker from a file manager, and usable without a mouse.
        TextField name = new TextField();
        name.setPromptText(i18n.get("import.noFile"));
        name.setAccessibleText(i18n.get("import.path"));
        name.setPrefColumnCount(36);
        model.fileProperty().addListener((obs, old, f) -> name.setText(f == null ? "" : f.toString()));
        name.setOnAction(e -> {
            if (!name.getText().isBlank()) {
                model.open(Path.of(name.getText().strip()), null);
            }
        });
        ComboBox<TextEncoding> encoding = new ComboBox<>();
        encoding.getItems().setAll(TextEncoding.values());
        encoding.setConverter(new StringConverter<>() {
            @Override
            public String toString(TextEncoding e) {
                return e == null ? "" : e.label();
            }

            @Override
            public TextEncoding fromString(String s) {
                return null;
            }
        });
        encoding.setAccessibleText(i18n.get("import.encoding"));
        encoding.setMinWidth(180);
        encoding.setButtonCell(new ComboBoxListCell<>(encoding.getConverter()));
        Label encodingLabel = new Label(i18n.get("import.encoding"));
        encodingLabel.setMinWidth(Region.USE_PREF_SIZE);
        encodingLabel.setLabelFor(encoding);
        encodingLabel.setMnemonicParsing(true);
        model.tableProperty().addListener((obs, old, t) -> encoding.setValue(t == null ? null : t.encoding()));
        encoding.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.tableProperty().get() != null
                && model.tableProperty().get().encoding() != null, model.tableProperty()));
        encodingLabel.visibleProperty().bind(encoding.visibleProperty());
        encoding.setOnAction(e -> {
            var t = model.tableProperty().get();
            if (encoding.getValue() != null && t != null && t.encoding() != encoding.getValue()) {
                model.open(model.fileProperty().get(), encoding.getValue());
            }
        });
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("import.choose"));
            chooser.setInitialDirectory(StartFolder.documents());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("import.filter"), "*.csv", "*.CSV", "*.xlsx", "*.XLSX", "*.txt"));
            File f = chooser.showOpenDialog(dialog.getOwner());
            if (f != null) {
                model.open(Path.of(f.getPath()), null);
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(i18n.get("common.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, choose, name, gap, encodingLabel, encoding, progress, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label message() {
        Label message = new Label();
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.refusalProperty().get() != null) {
                return words.refusal(model.refusalProperty().get());
            }
            if (model.outcomeProperty().get() != null) {
                return words.done(model.outcomeProperty().get());
            }
            var t = model.tableProperty().get();
            if (t != null && t.encoding() != null) {
                return words.read(t);
            }
            return t == null ? i18n.get("import.help") : i18n.format("import.readSheet", t.rows().size());
        }, model.refusalProperty(), model.outcomeProperty(), model.tableProperty()));
        message.styleProperty().bind(Bindings.when(model.refusalProperty().isNotNull()).then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        return message;
    }
}
