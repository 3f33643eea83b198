package no.samspill.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.samspill.importing.CandidateImporter;
import no.samspill.importing.Field;
import no.samspill.importing.ImportReport;
import no.samspill.importing.RawTable;
import no.samspill.ui.common.I18n;

/** The import dialog's four steps: the file as read, the columns, the words, and the check with its decisions. */
final class ImportTabs {

    /** How many rows the preview shows: enough to recognise the file. */
    static final int PREVIEW_ROWS = 50;

    private final ImportViewModel model;
    private final I18n i18n;

    ImportTabs(ImportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    TableView<RawTable.Row> preview() {
        TableView<RawTable.Row> view = new TableView<>();
        view.setAccessibleText(i18n.get("import.step.preview"));
        view.setPlaceholder(new Label(i18n.get("import.preview.empty")));
        model.tableProperty().addListener((obs, old, t) -> {
            view.getColumns().clear();
            if (t == null) {
                view.getItems().clear();
                return;
            }
            TableColumn<RawTable.Row, String> row = new TableColumn<>(i18n.get("import.column.row"));
            row.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().number())));
            view.getColumns().add(row);
            for (int i = 0; i < t.headers().size(); i++) {
                int column = i;
                TableColumn<RawTable.Row, String> col = new TableColumn<>(t.headers().get(i));
                col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(column)));
                col.setPrefWidth(130);
                view.getColumns().add(col);
            }
            view.setItems(FXCollections.observableArrayList(t.rows().subList(0, Math.min(PREVIEW_ROWS, t.rows().size()))));
        });
        return view;
    }

    ScrollPane columns() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        model.tableProperty().addListener((obs, old, t) -> {
            grid.getChildren().clear();
            if (t == null) {
                return;
            }
            List<Integer> choices = new ArrayList<>();
            choices.add(-1);
            for (int i = 0; i < t.headers().size(); i++) {
                choices.add(i);
            }
            int r = 0;
            for (Field f : Field.values()) {
                Label label = new Label(i18n.get("import.field." + f.name()));
                ComboBox<Integer> combo = new ComboBox<>(FXCollections.observableArrayList(choices));
                combo.setConverter(headerNames(t));
                combo.setValue(model.columns().column(f).orElse(-1));
                combo.setAccessibleText(label.getText());
                label.setLabelFor(combo);
                combo.valueProperty().addListener((o, was, is) -> model.mapColumn(f, is == null || is < 0 ? null : is));
                grid.addRow(r++, label, combo);
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private StringConverter<Integer> headerNames(RawTable t) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null || i < 0 ? i18n.get("import.column.none") : t.headers().get(i);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }

    TableView<ImportViewModel.Word> words() {
        TableView<ImportViewModel.Word> view = new TableView<>(model.words());
        view.setEditable(true);
        view.setPlaceholder(new Label(i18n.get("import.words.empty")));
        TableColumn<ImportViewModel.Word, String> field = new TableColumn<>(i18n.get("import.column.field"));
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("import.field." + c.getValue().field().name())));
        TableColumn<ImportViewModel.Word, String> word = new TableColumn<>(i18n.get("import.column.word"));
        word.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().word()));
        TableColumn<ImportViewModel.Word, ImportViewModel.Option> target = new TableColumn<>(i18n.get("import.column.target"));
        target.setEditable(true);
        target.setPrefWidth(260);
        target.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.options(c.getValue().field()).stream()
                .filter(o -> o.code().equals(c.getValue().target())).findFirst().orElse(null)));
        target.setCellFactory(col -> new ComboBoxTableCell<>(optionNames()) {
            @Override
            public void startEdit() {
                getItems().setAll(model.options(getTableRow().getItem().field()));
                super.startEdit();
            }
        });
        target.setOnEditCommit(e -> model.mapWord(e.getRowValue(), e.getNewValue() == null ? null : e.getNewValue().code()));
        view.getColumns().setAll(List.of(field, word, target));
        field.setPrefWidth(150);
        word.setPrefWidth(200);
        return view;
    }

    private StringConverter<ImportViewModel.Option> optionNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ImportViewModel.Option o) {
                if (o == null) {
                    return i18n.get("import.word.unmapped");
                }
                return o.shown() instanceof Enum<?> e ? i18n.label(e) : o.shown().toString();
            }

            @Override
            public ImportViewModel.Option fromString(String s) {
                return null;
            }
        };
    }

    VBox check(Runnable runCheck) {
        Button checkButton = new Button(i18n.get("import.check"));
        checkButton.setMnemonicParsing(true);
        checkButton.setOnAction(e -> runCheck.run());
        checkButton.disableProperty().bind(model.busyProperty().or(model.tableProperty().isNull()));
        ListView<String> report = new ListView<>();
        report.setPlaceholder(new Label(i18n.get("import.report.notYet")));
        report.setAccessibleText(i18n.get("import.step.check"));
        TableView<CandidateImporter.Duplicate> duplicates = new TableView<>();
        duplicates.setEditable(true);
        duplicates.setPrefHeight(150);
        duplicates.setMinHeight(120);
        report.setPrefHeight(200);
        duplicates.setPlaceholder(new Label(i18n.get("import.duplicates.none")));
        TableColumn<CandidateImporter.Duplicate, String> what = new TableColumn<>(i18n.get("import.column.duplicate"));
        ImportReport words = new ImportReport(i18n.language().locale());
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(words.duplicate(c.getValue())));
        what.setPrefWidth(460);
        TableColumn<CandidateImporter.Duplicate, CandidateImporter.Decision> decision = new TableColumn<>(i18n.get("import.column.decision"));
        decision.setEditable(true);
        decision.setPrefWidth(200);
        decision.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.decision(c.getValue().row())));
        decision.setCellFactory(col -> new ComboBoxTableCell<>(new StringConverter<>() {
            @Override
            public String toString(CandidateImporter.Decision d) {
                return d == null ? "" : i18n.label(d);
            }

            @Override
            public CandidateImporter.Decision fromString(String s) {
                return null;
            }
        }, CandidateImporter.Decision.values()));
        decision.setOnEditCommit(e -> model.decide(e.getRowValue().row(), e.getNewValue()));
        duplicates.getColumns().setAll(List.of(what, decision));
        model.checkedProperty().addListener((obs, old, c) -> {
            report.getItems().setAll(c == null ? List.of() : words.lines(c));
            duplicates.getItems().setAll(c == null ? List.of() : c.duplicates());
        });
        VBox box = new VBox(8, checkButton, report, new Label(i18n.get("import.duplicates")), duplicates);
        box.setPadding(new Insets(8));
        VBox.setVgrow(report, Priority.ALWAYS);
        return box;
    }
}
