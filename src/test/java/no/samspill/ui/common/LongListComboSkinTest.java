package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's style sheet gives every pick list the skin that measures its first rows only. The oracle
 * is the text's own width, measured by a label outside any list: a long item among the first rows
 * widens the list, the same item further down does not, as the toolkit's own skin would.
 */
@ExtendWith(ApplicationExtension.class)
class LongListComboSkinTest {

    private static final String LONG = "Sykehjemmet med det svært lange navnet som ingen andre har, avdeling for korttidsopphold";
    private Stage stage;
    private VBox root;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        root = new VBox();
        Scene scene = new Scene(root, 400, 300);
        scene.getStylesheets().add(LongListComboSkin.class.getResource("/css/samspill.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void theStyleSheetGivesEveryPickListTheSkin() throws Exception {
        ComboBox<String> combo = shown(items(10, -1));
        assertInstanceOf(LongListComboSkin.class, combo.getSkin());
    }

    @Test
    void aLongItemAmongTheFirstRowsWidensTheList() throws Exception {
        double longText = textWidth(LONG);
        double width = listWidth(shown(items(5_000, 3)));
        assertTrue(width >= longText, "the list is " + width + " px wide; the long item's text needs " + longText);
    }

    @Test
    void aLongItemFarDownIsNotMeasured() throws Exception {
        double longText = textWidth(LONG);
        double width = listWidth(shown(items(5_000, 4_000)));
        assertTrue(width < longText / 2, "the list is " + width + " px wide; the long item's text needs " + longText);
    }

    private static List<String> items(int count, int longAt) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(i == longAt ? LONG : "Sted " + i);
        }
        return items;
    }

    private ComboBox<String> shown(List<String> items) throws Exception {
        AtomicReference<ComboBox<String>> made = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(items));
            root.getChildren().setAll(combo);
            root.applyCss();
            root.layout();
            made.set(combo);
        }).get();
        return made.get();
    }

    /** The width the drop-down list asks for, which the toolkit computes from the rows it measures. */
    private static double listWidth(ComboBox<String> combo) throws Exception {
        AtomicReference<Double> width = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ListView<?> list = (ListView<?>) ((LongListComboSkin<?>) combo.getSkin()).getPopupContent();
            width.set(list.prefWidth(-1));
        }).get();
        return width.get();
    }

    private double textWidth(String text) throws Exception {
        AtomicReference<Double> width = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Label label = new Label(text);
            root.getChildren().setAll(label);
            root.applyCss();
            width.set(label.prefWidth(-1));
        }).get();
        return width.get();
    }
}
