package no.samspill.e2e;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import no.samspill.SamspillApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javax.imageio.ImageIO;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Starts the real application on an empty data folder with the demo municipality, and gives the
 * flows a robot and a few plain helpers. Needs a display: the README's test command runs under Xvfb.
 */
@Tag("ui")
abstract class AppUiTest {

    @TempDir Path dataDir;
    final FxRobot robot = new FxRobot();
    Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static final String PASSWORD = "Riktig-Hest-Batteri-42";

    @BeforeEach
    void startApp() throws Exception {
        // The text size is a user preference kept across starts; a flow is tested at the theme's own size.
        WaitForAsyncUtils.asyncFx(() -> no.samspill.ui.common.TextSize.set(100)).get();
        app = FxToolkit.setupApplication(SamspillApp.class, "--data-dir=" + dataDir, "--demo");
        choosePassword();
        waitUntil(() -> robot.lookup("#nav-overview").tryQuery().isPresent());
        settle();
    }

    /** The window changes its root after the password; let the FX thread finish before looking up nodes. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** The first start asks for a new password, typed twice. */
    void choosePassword() {
        robot.clickOn(this.<Node>node("#passwordField")).write(PASSWORD);
        robot.clickOn("#repeatField").write(PASSWORD);
        robot.clickOn("#unlockButton");
    }

    /** A later start asks for the password once. */
    void unlock(String password) {
        robot.clickOn(this.<Node>node("#passwordField")).write(password);
        robot.type(KeyCode.ENTER);
    }

    /** Also closes what a failed test left open (a form dialog), so one failure does not fail the tests after it. */
    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide)).get();
    }

    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(SamspillApp.class, "--data-dir=" + dataDir);
        unlock(PASSWORD);
        waitUntil(() -> robot.lookup("#nav-overview").tryQuery().isPresent());
        settle();
    }

    /** Opens a screen from the navigation, as a user clicking it would. */
    void open(String section) {
        settle();
        Node button = node("#nav-" + section);
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Screens load off the FX thread. Waits until no progress indicator shows on any window (a slow
     * machine may still be working after a fixed pause; a check made then sees labels laid out before
     * their style), then lets the toolkit lay out.
     */
    static void waitForWork() {
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        waitUntil(() -> {
            try {
                return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                        .filter(w -> w.isShowing() && w.getScene() != null)
                        .allMatch(w -> shownIn(w.getScene().getRoot(), javafx.scene.control.ProgressIndicator.class).stream()
                                .noneMatch(p -> p.isIndeterminate() || p.getProgress() < 1))).get();
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            Path shot = Path.of("target", "ui-failures", System.currentTimeMillis() + ".png");
            try {
                Files.createDirectories(shot.getParent());
                Image image = new FxRobot().capture(Screen.getPrimary().getBounds()).getImage();
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                    }
                }
                ImageIO.write(out, "png", shot.toFile());
            } catch (Exception | Error ignored) {
                // The screenshot only helps to see why; the failure below is what counts.
            }
            throw new AssertionError("condition not met within 20 s; screen saved to " + shot, e);
        }
    }

    /** The first node that matches and is on a showing window (a screen being swapped in may not be yet). */
    <T extends Node> T node(String query) {
        waitUntil(() -> robot.lookup(query).queryAll().stream().anyMatch(AppUiTest::shown));
        @SuppressWarnings("unchecked")
        T found = (T) robot.lookup(query).queryAll().stream().filter(AppUiTest::shown).findFirst().orElseThrow();
        return found;
    }

    private static boolean shown(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    <S> TableView<S> table(String query) {
        return node(query);
    }

    <S> ListView<S> list(String query) {
        return node(query);
    }

    /** Picks an entry of a combo box in an open dialog or screen by its visible text. */
    void pick(String comboQuery, String text) {
        javafx.scene.control.ComboBoxBase<?> combo = node(comboQuery);
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(text))
                .<Node>queryAll().stream().filter(Node::isVisible).reduce((a, b) -> b).orElseThrow());
        // Keys typed while the list is still closing go to the list, not to the next field.
        waitUntil(() -> !combo.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        // A pick may show another field (a level shows its workplaces), and the dialog then grows:
        // the next click must wait until the window has its new size, or it lands where a field was.
        javafx.stage.Window window = combo.getScene().getWindow();
        double[] last = {-1, -1};
        int[] still = {0};
        waitUntil(() -> {
            double w = window.getWidth();
            double h = window.getHeight();
            still[0] = w == last[0] && h == last[1] ? still[0] + 1 : 0;
            last[0] = w;
            last[1] = h;
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            return still[0] >= 3;
        });
    }

    /**
     * Types into a text field once it has the focus, and waits until the field holds the text. In a
     * full run the topic typed right after a pick that grew the dialog was lost once more: the click had
     * not given the field the focus, so the keys went elsewhere; once more because the field had been
     * pushed below the dialog's fold.
     */
    void typeInto(String query, String text) {
        javafx.scene.control.TextInputControl field = node(query);
        for (int tries = 0; tries < 3 && !field.isFocused(); tries++) {
            // A pick that grew the dialog can push the field below its fold (seen at 1280×720): a person
            // scrolls to it before clicking, or the click lands on whatever is drawn there instead.
            WaitForAsyncUtils.waitForAsyncFx(5_000, () -> no.samspill.ui.common.Scrolling.scrollTo(field));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(field);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.write(text);
        waitUntil(() -> field.getText().contains(text));
    }

    /** Saves the open form dialog. */
    void saveDialog() {
        robot.clickOn("#dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The nodes of {@code type} under {@code root} that are shown (hidden branches are skipped). */
    static <T extends Node> java.util.List<T> shownIn(Node root, Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        collectShown(root, type, found);
        return found;
    }

    private static <T extends Node> void collectShown(Node node, Class<T> type, java.util.List<T> into) {
        if (!node.isVisible()) {
            return;
        }
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectShown(child, type, into));
        }
    }
}
