package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.samspill.ui.common.TextSize;
import no.samspill.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen, every tab and every form dialog reachable from a list, on a 1280×720 window. At the
 * theme's text size: nothing cut with an ellipsis, nothing that scrolls sideways, nothing outside the
 * window or the screen, and every control a keyboard reaches has a name; the same at 200 %, where
 * the navigation shows its icons only. The demo municipality gives each list rows.
 */
class ScreensFitUiTest extends AppUiTest {

    private int dialogs;
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 720);
    /** Buttons that open a form dialog for a new or the selected record. */
    private static final Pattern OPENS_DIALOG = Pattern.compile("(new|edit)[A-Za-z]*Button|changeStatusButton|recordFollowUpButton");

    @AfterEach
    void normalText() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> TextSize.set(100)).get();
    }

    @Test
    void everyScreenAndDialogFitsAtTheThemesTextSize() throws Exception {
        walk(100);
    }

    @Test
    void everyScreenAndDialogFitsAtTwiceTheTextSize() throws Exception {
        walk(200);
    }

    /** The size is kept; the next start builds its first screen at it (a bound size once stopped that start). */
    @Test
    void aLargeTextSizeHoldsAcrossARestart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> TextSize.set(200)).get();
        restart();
        assertEquals(200, TextSize.percent());
        Node nav = node("#nav-overview");
        assertTrue(nav.getScene().getStylesheets().stream().anyMatch(css -> css.startsWith("data:text/css")), "the text size's style sheet is on the main window");
    }

    private void walk(int percent) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            TextSize.set(percent);
            stage.setMaximized(false);
            stage.setX(SCREEN.getMinX());
            stage.setY(SCREEN.getMinY());
            stage.setWidth(SCREEN.getWidth());
            stage.setHeight(SCREEN.getHeight());
        }).get();
        settle();
        LayoutAudit audit = new LayoutAudit(SCREEN);
        for (Section section : Section.values()) {
            open(section.name().toLowerCase(Locale.ROOT));
            waitForWork();
            walkTabs(stage, section.name(), audit);
        }
        Labeled nav = (Labeled) node("#nav-overview");
        assertEquals(percent == 200 ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT, nav.getContentDisplay(),
                "the navigation gives way to the screen only when its names would take too much of the width");
        assertEquals("Oversikt", nav.getText(), "an icon-only button keeps its name for screen readers");
        List<String> findings = audit.findings().stream().distinct().toList();
        assertEquals(List.of(), findings, findings.size() + " findings at " + percent + " % over " + dialogs + " dialogs:\n" + String.join("\n", findings));
    }

    /** Checks the screen in each tab of each tab pane, and the dialogs its buttons open. */
    private void walkTabs(Stage stage, String where, LayoutAudit audit) throws Exception {
        List<TabPane> panes = shownIn(stage.getScene().getRoot(), TabPane.class);
        if (panes.isEmpty()) {
            checkWithDialogs(stage, where, audit);
            return;
        }
        TabPane outer = panes.get(0);
        for (Tab tab : List.copyOf(outer.getTabs())) {
            if (tab.isDisabled()) {
                continue;
            }
            WaitForAsyncUtils.asyncFx(() -> outer.getSelectionModel().select(tab)).get();
            waitForWork();
            checkWithDialogs(stage, where + " › " + tab.getText(), audit);
        }
    }

    private void checkWithDialogs(Stage stage, String where, LayoutAudit audit) throws Exception {
        selectFirstRows(stage);
        audit.check(stage, where);
        List<Button> openers = shownIn(stage.getScene().getRoot(), Button.class).stream()
                .filter(b -> b.getId() != null && OPENS_DIALOG.matcher(b.getId()).matches()).toList();
        for (Button opener : openers) {
            if (opener.isDisabled() || !opener.isVisible()) {
                continue;
            }
            Set<Window> before = Set.copyOf(Window.getWindows());
            WaitForAsyncUtils.asyncFx(opener::fire);
            WaitForAsyncUtils.waitForFxEvents(5);
            Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).findFirst().orElse(null);
            if (dialog == null) {
                continue;
            }
            WaitForAsyncUtils.waitForFxEvents(3);
            audit.check(dialog, where + " › " + opener.getText());
            dialogs++;
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !dialog.isShowing());
        }
    }

    /** Lists open with their first row chosen, so the edit buttons and record forms show. */
    private void selectFirstRows(Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (TableView<?> table : shownIn(stage.getScene().getRoot(), TableView.class)) {
                if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
            for (ListView<?> list : shownIn(stage.getScene().getRoot(), ListView.class)) {
                if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
            }
        }).get();
        waitForWork();
    }

}
