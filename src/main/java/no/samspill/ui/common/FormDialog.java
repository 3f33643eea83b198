package no.samspill.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
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
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Shows a {@link Form} as a modal dialog, and does nothing else: the form owns the values and the
 * checks. Every field has a label with a mnemonic and shows its message beside it; Save stays
 * disabled while any field has one; Cancel after a change asks first. Each control's id is its
 * label key with dots as dashes, so tests can find it. Reason in ADR 0006.
 */
public final class FormDialog {

    private final I18n i18n;
    private final Dialogs dialogs;
    private final Form form;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final ButtonType save;
    private final List<Node> lastRow = new ArrayList<>();
    private Label lastMessage;
    private int row;

    public FormDialog(I18n i18n, Dialogs dialogs, String titleKey, Form form) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.form = form;
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(i18n.get(titleKey));
        dialog.setResizable(true);
        save = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        grid.setHgap(12);
        // Each field's message line below it gives the rows their spacing.
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(TextSize.px(280));
        grid.getColumnConstraints().setAll(labels, inputs);
        dialog.getDialogPane().setContent(grid);
        TabMovesOn.install(dialog.getDialogPane());
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
        info.setMaxWidth(TextSize.px(460));
        info.setMinHeight(Region.USE_PREF_SIZE);
        info.getStyleClass().add("personal-data-warning");
        grid.add(info, 0, row++, 2, 1);
        return this;
    }

    public FormDialog text(String labelKey, FormField<String> field) {
        return textInput(new TextField(), labelKey, field);
    }

    /** A password: typed characters are not shown. */
    public FormDialog secret(String labelKey, FormField<String> field) {
        return textInput(new PasswordField(), labelKey, field);
    }

    public FormDialog area(String labelKey, FormField<String> field) {
        TextArea area = new TextArea();
        area.setPrefRowCount(4);
        area.setWrapText(true);
        return textInput(area, labelKey, field);
    }

    private FormDialog textInput(TextInputControl input, String labelKey, FormField<String> field) {
        if (field.value() == null) {
            field.set("");
        }
        input.textProperty().bindBidirectional(field.valueProperty());
        return add(labelKey, input, field);
    }

    /** A whole number; the field is null while the text is not one. Digit groups may be spaced as Norwegian writes them. */
    public FormDialog number(String labelKey, FormField<Integer> field) {
        return add(labelKey, FormInputs.whole(field), field);
    }

    /** A number with at most {@code decimals} decimals, comma or point (årsverk, for instance); null while the text is not one. */
    public FormDialog decimal(String labelKey, FormField<BigDecimal> field, int decimals) {
        return add(labelKey, FormInputs.decimal(field, decimals, new Numbers(i18n.language().locale())), field);
    }

    /** Text typed freely or picked from {@code suggestions} (a starting list the user extends). */
    public FormDialog suggested(String labelKey, FormField<String> field, Collection<String> suggestions) {
        return add(labelKey, FormInputs.suggesting(field, suggestions), field);
    }

    public FormDialog date(String labelKey, FormField<LocalDate> field) {
        DatePicker picker = new DatePicker();
        field.unreadableKey("validation.date.format");
        DateFields.install(picker, field.unreadableProperty());
        picker.valueProperty().bindBidirectional(field.valueProperty());
        return add(labelKey, picker, field);
    }

    /**
     * A pick from {@code items}; an observable list is shown as it changes (a choice narrowed by
     * another field). When the field may be empty, "(ingen)" comes first, so a pick can be taken back.
     */
    public <T> FormDialog choice(String labelKey, FormField<T> field, Collection<T> items, Function<T, String> label) {
        ComboBox<T> combo = FormInputs.choice(field, items, label, i18n.get("common.none"));
        return add(labelKey, combo, field);
    }

    public <E extends Enum<E>> FormDialog choice(String labelKey, FormField<E> field, Class<E> type) {
        return choice(labelKey, field, List.of(type.getEnumConstants()), i18n::label);
    }

    public FormDialog check(String labelKey, FormField<Boolean> field) {
        CheckBox box = new CheckBox(i18n.get(labelKey));
        box.setMnemonicParsing(true);
        box.setId(id(labelKey));
        box.selectedProperty().bindBidirectional(field.valueProperty());
        grid.add(box, 1, row++);
        lastRow.clear();
        lastMessage = null;
        lastRow.add(box);
        return this;
    }

    /** Several picks from a list, as check boxes in a short list. */
    public <T> FormDialog multi(String labelKey, FormField<Set<T>> field, Collection<T> items, Function<T, String> label) {
        return add(labelKey, FormInputs.checkList(field, items, label), field);
    }

    private FormDialog add(String labelKey, Control input, FormField<?> field) {
        Label label = new Label(i18n.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        input.setId(id(labelKey));
        input.setAccessibleText(i18n.plain(labelKey));
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
        grid.add(message, 1, row++);
        lastRow.clear();
        // The message shows itself when there is one (FieldErrors); a hidden field's rule gives none,
        // so its line is only taken out of the layout with the field.
        lastRow.addAll(List.of(label, input));
        lastMessage = message;
        GridPane.setValignment(label, VPos.TOP);
        FieldErrors.bind(input, message, field.messageProperty(), field.noticeProperty(), i18n);
        // A message that wraps over lines needs room: the dialog grows rather than overlapping the next field.
        message.textProperty().addListener((obs, was, is) -> FormWindow.fitLater(dialog));
        return this;
    }

    /**
     * Shows the field added last only while {@code shown} is true, so a question that does not
     * apply (a reason for ending when the candidate is not ending) is not asked.
     */
    public FormDialog onlyWhen(ObservableBooleanValue shown) {
        ShownWhile.bind(shown, lastRow.toArray(Node[]::new));
        if (lastMessage != null) {
            lastMessage.managedProperty().bind(shown);
        }
        shown.addListener((obs, was, is) -> FormWindow.fitLater(dialog));
        return this;
    }

    private static String id(String labelKey) {
        return labelKey.replace('.', '-');
    }

    /** Shows the form; true when the user saved. The owner of the form then builds the record from it. */
    public boolean showAndWait(Node owner) {
        form.validate();
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("dialog-save");
        ok.disableProperty().bind(form.invalidProperty());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1));
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (form.dirty() && !dialogs.confirmDiscard(grid)) {
                e.consume();
            }
        });
        FormWindow.saveOnShortcut(dialog.getDialogPane(), ok, grid);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        // After the window has been fitted to the screen, not before.
        dialog.setOnShown(e -> Platform.runLater(() -> {
            FormWindow.scrollWhenTooTall(dialog.getDialogPane(), grid);
            grid.getChildren().stream().filter(n -> n instanceof Control && !(n instanceof Label)).findFirst().ifPresent(Node::requestFocus);
        }));
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }
}
