package no.samspill.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * The skin of every pick list in the app (set for {@code .combo-box} in samspill.css). JavaFX's own
 * skin sizes the list by laying out a cell for every item, each time the form is laid out: with the
 * 10,000 workplaces of the scale benchmark, opening a candidate held the FX thread for 300 ms, most of
 * it measuring the workplace list. The toolkit reads how many rows to measure from the combo's
 * properties ({@code ComboBoxListViewSkin}, "comboBoxRowsToMeasureWidth"); this sets it, so the width
 * follows the first rows and an item further down that is longer is shown cut.
 */
public final class LongListComboSkin<T> extends ComboBoxListViewSkin<T> {

    static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    /** Far more than the list shows at once (ten), and measured in a few milliseconds. */
    static final int ROWS = 50;

    public LongListComboSkin(ComboBox<T> combo) {
        super(combo);
        combo.getProperties().putIfAbsent(ROWS_TO_MEASURE, ROWS);
    }
}
