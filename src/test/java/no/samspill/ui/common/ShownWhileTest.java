package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seldom shown node is made once: a moment after the screen, or at once when its condition holds
 * first; then it stands before its anchor and shows only while the condition holds.
 */
@ExtendWith(ApplicationExtension.class)
class ShownWhileTest {

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final AtomicInteger made = new AtomicInteger();
    private Label first;
    private Button anchor;
    private HBox row;

    /** No window is needed: the node's place is among the row's children. */
    @Start
    void start(Stage stage) {
        first = new Label("first");
        anchor = new Button("anchor");
        row = new HBox(first, anchor);
    }

    private Node make() {
        made.incrementAndGet();
        Label sign = new Label("busy");
        sign.setId("sign");
        return sign;
    }

    @Test
    void madeAMomentLaterHiddenAndBeforeItsAnchor() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ShownWhile.builtSoon(busy, anchor, this::make)).get();
        assertEquals(0, made.get(), "not made with the screen");
        Thread.sleep((long) LaterView.SOON.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, made.get(), "made a moment later");
        Node sign = row.getChildren().get(1);
        assertEquals(List.of(first, sign, anchor), row.getChildren());
        assertFalse(sign.isVisible() || sign.isManaged(), "hidden while not busy");
        WaitForAsyncUtils.asyncFx(() -> busy.set(true)).get();
        assertTrue(sign.isVisible() && sign.isManaged(), "shown while busy");
        WaitForAsyncUtils.asyncFx(() -> busy.set(false)).get();
        assertFalse(sign.isVisible(), "hidden again");
        assertEquals(1, made.get(), "made once");
    }

    @Test
    void madeAtOnceWhenNeededSoonerAndNotAgainLater() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ShownWhile.builtSoon(busy, anchor, this::make);
            busy.set(true);
        }).get();
        assertEquals(1, made.get(), "made when first needed");
        assertTrue(row.getChildren().get(1).isVisible());
        Thread.sleep((long) LaterView.SOON.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, made.get(), "the later moment makes no second one");
        assertEquals(3, row.getChildren().size());
    }

    @Test
    void madeAtOnceWhenAlreadyNeeded() throws Exception {
        busy.set(true);
        WaitForAsyncUtils.asyncFx(() -> ShownWhile.builtSoon(busy, anchor, this::make)).get();
        assertEquals(1, made.get());
        assertEquals("sign", row.getChildren().get(1).getId());
    }
}
