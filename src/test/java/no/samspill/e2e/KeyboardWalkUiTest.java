package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import no.samspill.domain.MentorSummary;
import no.samspill.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen worked from the keyboard alone: it is opened with Ctrl and its number, its tabs are
 * changed with Ctrl+Tab, and pressing Tab round the window reaches every control that can be used,
 * each of them scrolled into sight as it takes the focus. A form is opened with Ctrl+N and saved with
 * Ctrl+S, which on an incomplete form says what is missing instead.
 */
class KeyboardWalkUiTest extends AppUiTest {

    private int walked;

    @Test
    void tabReachesEveryControlOfEveryScreenAndTab() throws Exception {
        List<String> missed = new ArrayList<>();
        int number = 1;
        for (Section section : Section.values()) {
            robot.push(KeyCode.CONTROL, KeyCode.getKeyCode(Integer.toString(number++ % 10)));
            waitForWork();
            assertTrue(navButton(section).isSelected(), section + " opened with its Ctrl+number");
            walkTabs(section.name(), missed);
        }
        // The demo fills every screen; far fewer controls would mean the walk looked at empty screens.
        assertTrue(walked > 150, "controls walked: " + walked);
        assertEquals(List.of(), missed, missed.size() + " controls Tab never reached:\n" + String.join("\n", missed));
    }

    @Test
    void aFormIsOpenedAndSavedWithTheKeyboard() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForWork();
        TableView<MentorSummary> mentors = table("#mentorTable");
        int count = mentors.getItems().size();
        Set<Window> before = Set.copyOf(Window.getWindows());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing(), "an incomplete form stays open on Ctrl+S");
        List<String> messages = robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow() == dialog && l.isVisible() && !l.getText().isBlank())
                .map(Label::getText).toList();
        assertFalse(messages.isEmpty(), "Ctrl+S on an empty form shows what is missing");
        robot.write("Tastatur Testesen");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DOWN);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !dialog.isShowing());
        waitUntil(() -> mentors.getItems().size() == count + 1);
        assertTrue(mentors.getItems().stream().anyMatch(m -> m.fullName().equals("Tastatur Testesen")));
    }

    private void walkTabs(String where, List<String> missed) throws Exception {
        BorderPane main = mainWindow();
        selectFirstRows(main);
        List<TabPane> panes = shownIn(main.getCenter(), TabPane.class);
        if (panes.isEmpty()) {
            walk(main, where, missed);
            return;
        }
        TabPane outer = panes.get(0);
        Set<Tab> seen = new LinkedHashSet<>();
        while (seen.add(outer.getSelectionModel().getSelectedItem())) {
            selectFirstRows(main);
            walk(main, where + " › " + outer.getSelectionModel().getSelectedItem().getText(), missed);
            WaitForAsyncUtils.asyncFx(outer::requestFocus).get();
            robot.push(KeyCode.CONTROL, KeyCode.TAB);
            waitForWork();
        }
        long usable = outer.getTabs().stream().filter(t -> !t.isDisabled()).count();
        assertEquals(usable, seen.size(), where + ": Ctrl+Tab reaches every tab");
    }

    /** Tab from the screen's first control round the window; every usable control must take the focus on the way. */
    private void walk(BorderPane main, String where, List<String> missed) throws Exception {
        Set<Node> wanted = new LinkedHashSet<>(shownIn(main.getCenter(), Control.class).stream().filter(KeyboardWalkUiTest::usable).toList());
        Set<Node> reached = new LinkedHashSet<>();
        Node start = WaitForAsyncUtils.asyncFx(() -> {
            Node first = wanted.stream().findFirst().orElse(null);
            if (first != null) {
                first.requestFocus();
            }
            return first;
        }).get();
        if (start == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < wanted.size() + 40; i++) {
            Node owner = main.getScene().getFocusOwner();
            Node control = owner;
            while (control != null && !wanted.contains(control)) {
                control = control.getParent();
            }
            if (control != null) {
                reached.add(control);
                if (!inSight(control)) {
                    missed.add(where + ": " + LayoutAudit.describe(control) + " takes the focus out of sight");
                }
            }
            if (i > 0 && owner == start) {
                break;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        wanted.stream().filter(n -> !reached.contains(n)).forEach(n -> missed.add(where + ": " + LayoutAudit.describe(n)));
        System.out.println("keyboard walk " + where + ": " + reached.size() + " of " + wanted.size() + " controls reached");
        walked += wanted.size();
    }

    /**
     * Does something when used: shown, enabled, not a part of another control, and not a control that
     * only shows (a label, a scroll pane, a separator, a spinner of progress). Whether it is a stop
     * for Tab is what the walk finds out, so a button taken out of the Tab order is missed, not skipped.
     */
    private static boolean usable(Control c) {
        if (c.isDisabled() || c.getWidth() < 1 || c.getHeight() < 1 || c instanceof Label || c instanceof javafx.scene.control.ScrollPane
                || c instanceof javafx.scene.control.SplitPane || c instanceof javafx.scene.control.Separator
                || c instanceof javafx.scene.control.ProgressIndicator || c instanceof javafx.scene.control.ScrollBar) {
            return false;
        }
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control && !(p instanceof javafx.scene.control.ScrollPane) && !(p instanceof TabPane)
                    && !(p instanceof javafx.scene.control.SplitPane) && !(p instanceof javafx.scene.control.TitledPane)) {
                return false;
            }
        }
        return true;
    }

    /** The control's middle is inside every clipping area around it (a scroll pane's view) and the window. */
    private static boolean inSight(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double x = Math.min(b.getCenterX(), b.getMinX() + 8);
        double y = b.getCenterY();
        Scene scene = node.getScene();
        if (x < 0 || y < 0 || x > scene.getWidth() || y > scene.getHeight()) {
            return false;
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null && !n.localToScene(n.getClip().getBoundsInParent()).contains(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Lists start with a row chosen by keyboard, so the edit buttons and the record forms show. */
    private void selectFirstRows(BorderPane main) throws Exception {
        List<Control> lists = new ArrayList<>(shownIn(main.getCenter(), TableView.class));
        lists.addAll(shownIn(main.getCenter(), ListView.class));
        for (Control list : lists) {
            boolean empty = list instanceof TableView<?> t ? t.getItems().isEmpty() || !t.getSelectionModel().isEmpty()
                    : ((ListView<?>) list).getItems().isEmpty() || !((ListView<?>) list).getSelectionModel().isEmpty();
            if (!empty && usable(list)) {
                WaitForAsyncUtils.asyncFx(list::requestFocus).get();
                robot.type(KeyCode.HOME);
                waitForWork();
            }
        }
    }

    private BorderPane mainWindow() {
        Node n = node("#nav-overview");
        while (!(n instanceof BorderPane bp && bp.getLeft() != null && bp.getCenter() != null)) {
            n = n.getParent();
        }
        return (BorderPane) n;
    }

    private javafx.scene.control.ToggleButton navButton(Section section) {
        return node("#nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
    }

}
