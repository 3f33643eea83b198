package no.samspill.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.PasswordField;

/**
 * The one way small records are edited: a modal form built from typed fields. Every field has a
 * label with a mnemonic, shows its message beside it, and Save stays disabled while any field has
 * one. Cancelling after a change asks first. Each control's id is its label key with dots as dashes,
 * so tests can find it.
 */
public final class FormDialog {

    /** One field: its current value and the i18n key of what is wrong with it (or null). */
    public static final class Field<T> {
        private final ObjectProperty<T> value = new SimpleObjectProperty<>();
        private final StringProperty error = new SimpleStringProperty();
        private final T initial;

        Field(T initial) {
            this.initial = initial;
            value.set(initial);
        }

        public T value() {
            return value.get();
        }

        public ObjectProperty<T> valueProperty() {
            return value;
        }

        boolean changed() {
            return !Objects.equals(initial, value.get());
        }
    }

    private final I18n i18n;
    private final Dialogs dialogs;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final List<Field<?>> fields = new ArrayList<>();
    private final List<Runnable> checks = new ArrayList<>();
    private final ButtonType save;
    private int row;

    public FormDialog(I18n i18n, Dialogs dialogs, String titleKey) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(i18n.get(titleKey));
        dialog.setResizable(true);
        save = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(280);
        grid.getColumnConstraints().setAll(labels, inputs);
        dialog.getDialogPane().setContent(grid);
        var css = FormDialog.class.getResource("/css/samspill.css");
        if (css != null) {
            dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
        }
    }

    /** A line of explanation above the fields, for instance why something is stored. */
    public FormDialog info(String key) {
        return infoText(i18n.get(key));
    }

    public FormDialog infoText(String text) {
        Label info = new Label(text);
        info.setWrapText(true);
        info.setMaxWidth(460);
        info.getStyleClass().add("personal-data-warning");
        grid.add(info, 0, row++, 2, 1);
        return this;
    }

    public Field<String> text(String labelKey, String initial, Function<String, Optional<String>> check) {
        return textInput(new TextField(), labelKey, initial, check);
    }

    /** A password: typed characters are not shown. */
    public Field<String> secret(String labelKey, Function<String, Optional<String>> check) {
        return textInput(new PasswordField(), labelKey, "", check);
    }

    public Field<String> area(String labelKey, String initial, Function<String, Optional<String>> check) {
        TextArea area = new TextArea();
        area.setPrefRowCount(4);
        area.setWrapText(true);
        return textInput(area, labelKey, initial, check);
    }

    private Field<String> textInput(TextInputControl input, String labelKey, String initial,
                                    Function<String, Optional<String>> check) {
        Field<String> f = new Field<>(initial == null ? "" : initial);
        input.textProperty().bindBidirectional(f.value);
        add(labelKey, input, f, () -> check.apply(f.value()));
        return f;
    }

    /** A whole number; the field is null while the text is not one. */
    public Field<Integer> number(String labelKey, Integer initial, Function<Integer, Optional<String>> check) {
        TextField input = new TextField(initial == null ? "" : initial.toString());
        input.setMaxWidth(100);
        Field<Integer> f = new Field<>(initial);
        BooleanProperty unreadable = new SimpleBooleanProperty();
        input.textProperty().addListener((obs, old, text) -> {
            String t = text.strip();
            unreadable.set(!t.isEmpty() && !t.matches("\\d{1,9}"));
            f.value.set(t.matches("\\d{1,9}") ? Integer.valueOf(t) : null);
        });
        add(labelKey, input, f, () -> unreadable.get() ? Optional.of("validation.number") : check.apply(f.value()), unreadable);
        return f;
    }

    public Field<LocalDate> date(String labelKey, LocalDate initial, Function<LocalDate, Optional<String>> check) {
        DatePicker picker = new DatePicker();
        BooleanProperty unreadable = new SimpleBooleanProperty();
        DateFields.install(picker, unreadable);
        Field<LocalDate> f = new Field<>(initial);
        picker.valueProperty().bindBidirectional(f.value);
        add(labelKey, picker, f, () -> unreadable.get() ? Optional.of("validation.date.format") : check.apply(f.value()),
                unreadable);
        return f;
    }

    public <T> Field<T> choice(String labelKey, Collection<T> items, T initial, Function<T, String> label, boolean required) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(items));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        Field<T> f = new Field<>(initial);
        combo.valueProperty().bindBidirectional(f.value);
        add(labelKey, combo, f, () -> required && f.value() == null ? Optional.of("validation.required") : Optional.empty());
        return f;
    }

    public <E extends Enum<E>> Field<E> choice(String labelKey, Class<E> type, E initial) {
        return choice(labelKey, List.of(type.getEnumConstants()), initial, i18n::label, true);
    }

    public Field<Boolean> check(String labelKey, boolean initial) {
        CheckBox box = new CheckBox(i18n.get(labelKey));
        box.setMnemonicParsing(true);
        box.setId(id(labelKey));
        Field<Boolean> f = new Field<>(initial);
        box.selectedProperty().bindBidirectional(f.value);
        fields.add(f);
        grid.add(box, 1, row++);
        return f;
    }

    /** Several picks from a list, as check boxes in a short list. */
    public <T> Field<Set<T>> multi(String labelKey, Collection<T> items, Set<T> initial, Function<T, String> label) {
        ListView<T> list = new ListView<>(FXCollections.observableArrayList(items));
        list.setPrefHeight(Math.min(6, Math.max(2, items.size())) * 28 + 4);
        Field<Set<T>> f = new Field<>(Set.copyOf(initial));
        Map<T, BooleanProperty> picked = new HashMap<>();
        for (T item : items) {
            BooleanProperty p = new SimpleBooleanProperty(initial.contains(item));
            p.addListener((obs, was, is) -> {
                Set<T> now = new LinkedHashSet<>(f.value());
                if (is) {
                    now.add(item);
                } else {
                    now.remove(item);
                }
                f.value.set(Set.copyOf(now));
            });
            picked.put(item, p);
        }
        list.setCellFactory(CheckBoxListCell.forListView(picked::get, new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        }));
        add(labelKey, list, f, Optional::empty);
        return f;
    }

    /** A rule over several fields; its message shows beside {@code field}. */
    public void rule(Field<?> field, Supplier<Optional<String>> check) {
        checks.add(() -> {
            if (field.error.get() == null) {
                field.error.set(check.get().orElse(null));
            }
        });
    }

    private void add(String labelKey, Control input, Field<?> f, Supplier<Optional<String>> check, BooleanProperty... extra) {
        Label label = new Label(i18n.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        input.setId(id(labelKey));
        input.setAccessibleText(i18n.get(labelKey).replace("_", ""));
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
        grid.add(message, 1, row++);
        GridPane.setValignment(label, VPos.TOP);
        FieldErrors.bind(input, message, f.error, i18n);
        fields.add(f);
        checks.add(() -> f.error.set(check.get().orElse(null)));
        f.value.addListener(x -> revalidate());
        for (BooleanProperty p : extra) {
            p.addListener(x -> revalidate());
        }
    }

    private void revalidate() {
        checks.forEach(Runnable::run);
    }

    private static String id(String labelKey) {
        return labelKey.replace('.', '-');
    }

    /** Shows the form; true when the user saved. The caller then reads the fields. */
    public boolean showAndWait(Node owner) {
        revalidate();
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("dialog-save");
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> fields.stream().anyMatch(f -> f.error.get() != null),
                fields.stream().map(f -> f.error).toArray(Observable[]::new));
        ok.disableProperty().bind(invalid);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1));
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (fields.stream().anyMatch(Field::changed) && !dialogs.confirmDiscard(grid)) {
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setOnShown(e -> grid.getChildren().stream().filter(n -> n instanceof Control && !(n instanceof Label))
                .findFirst().ifPresent(Node::requestFocus));
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }
}
