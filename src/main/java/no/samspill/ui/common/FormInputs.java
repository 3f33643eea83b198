package no.samspill.ui.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;

/**
 * The controls behind {@link FormDialog}'s richer fields: numbers (the field holds null, and says
 * so, while the text is not a number), free text with suggestions, and several picks from a list.
 */
final class FormInputs {

    private FormInputs() {
    }

    static TextField whole(FormField<Integer> field) {
        TextField input = new TextField(field.value() == null ? "" : field.value().toString());
        input.setMaxWidth(TextSize.px(140));
        field.unreadableKey("validation.number");
        input.textProperty().addListener((obs, old, text) -> {
            Long whole = Numbers.parseWhole(text, 9);
            field.set(whole == null ? null : whole.intValue());
            field.unreadableProperty().set(!text.isBlank() && whole == null);
        });
        return input;
    }

    static TextField decimal(FormField<BigDecimal> field, int decimals, Numbers numbers) {
        TextField input = new TextField(field.value() == null ? "" : numbers.plain(field.value(), decimals));
        input.setMaxWidth(TextSize.px(140));
        field.unreadableKey("validation.decimal");
        input.textProperty().addListener((obs, old, text) -> {
            field.set(Numbers.parseDecimal(text, decimals));
            field.unreadableProperty().set(!text.isBlank() && field.value() == null);
        });
        return input;
    }

    static ComboBox<String> suggesting(FormField<String> field, Collection<String> suggestions) {
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(suggestions));
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        if (field.value() == null) {
            field.set("");
        }
        combo.getEditor().textProperty().bindBidirectional(field.valueProperty());
        return combo;
    }

    /** A pick; "(none)" first when the field may be empty, and a live list followed as it changes. */
    static <T> ComboBox<T> choice(FormField<T> field, Collection<T> items, Function<T, String> label, String none) {
        ObservableList<T> shown = FXCollections.observableArrayList();
        boolean optional = field.acceptsNone();
        Runnable fill = () -> {
            List<T> all = new ArrayList<>();
            if (optional) {
                all.add(null);
            }
            all.addAll(items);
            shown.setAll(all);
        };
        fill.run();
        if (items instanceof ObservableList<T> live) {
            live.addListener((ListChangeListener<T>) c -> fill.run());
        }
        ComboBox<T> combo = new ComboBox<>(shown);
        combo.setMaxWidth(Double.MAX_VALUE);
        // A long item (an event's topic) would otherwise widen the field and squeeze the labels.
        combo.setPrefWidth(TextSize.px(280));
        combo.setConverter(EnumCells.display(label, optional ? none : ""));
        EnumCells.wrapChosen(combo);
        combo.valueProperty().bindBidirectional(field.valueProperty());
        return combo;
    }

    static <T> ListView<T> checkList(FormField<Set<T>> field, Collection<T> items, Function<T, String> label) {
        ListView<T> list = new ListView<>(FXCollections.observableArrayList(items));
        list.setPrefHeight(Math.min(6, Math.max(3, items.size())) * 28 + 20);
        Map<T, BooleanProperty> picked = new HashMap<>();
        for (T item : items) {
            BooleanProperty p = new SimpleBooleanProperty(field.value().contains(item));
            p.addListener((obs, was, is) -> {
                Set<T> now = new LinkedHashSet<>(field.value());
                if (is) {
                    now.add(item);
                } else {
                    now.remove(item);
                }
                field.set(Set.copyOf(now));
            });
            picked.put(item, p);
        }
        list.setCellFactory(CheckBoxListCell.forListView(picked::get, EnumCells.display(label)));
        return list;
    }
}
