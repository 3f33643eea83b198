package no.samspill.ui.shell;

import no.samspill.ui.common.FocusWhenPlaced;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.RecordView;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.ScrollPane;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.Region;
import no.samspill.ui.common.Scrolling;
import javafx.scene.layout.VBox;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.LeaveGuard;
import no.samspill.ui.common.ViewLoader;
import org.kordamp.ikonli.javafx.FontIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;

/** The main window: navigation on the left, the current screen in the middle, a status bar below. */
public final class MainWindowController implements LeaveGuard, Navigator {

    private final ViewLoader views;
    private final I18n i18n;
    private final Municipality municipality;
    private final String dataPlace;
    private final Runnable screenLeft;
    private final ToggleGroup navGroup = new ToggleGroup();
    private Object currentController;
    private Section current;

    @FXML private BorderPane root;
    @FXML private VBox navigation;
    @FXML private Label municipalityLabel;
    @FXML private Label demoBadge;
    @FXML private Label dataLocationLabel;
    @FXML private FlowPane statusBar;
    @FXML private ScrollPane sidebarScroll;
    @FXML private VBox sidebar;
    @FXML private Label appName;

    /**
     * {@code dataPlace}: where the data is, as the status bar says it; {@code screenLeft}: told before
     * another screen opens, so the loads the one left asked for and that have not begun are skipped.
     */
    public MainWindowController(ViewLoader views, I18n i18n, Municipality municipality, String dataPlace, Runnable screenLeft) {
        this.views = views;
        this.screenLeft = screenLeft;
        this.i18n = i18n;
        this.municipality = municipality;
        this.dataPlace = dataPlace;
    }

    @FXML
    private void initialize() {
        List<Labeled> names = new ArrayList<>();
        int index = 1;
        for (Section s : Section.values()) {
            ToggleButton button = new ToggleButton(i18n.get(s.labelKey()), new FontIcon(s.icon()));
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            // The tenth screen takes the 0 key, the last on the number row.
            String digit = Integer.toString(index % 10);
            button.setTooltip(new Tooltip(i18n.get(s.labelKey()) + "  (Ctrl+" + digit + ")"));
            button.setOnAction(e -> open(s));
            navigation.getChildren().add(button);
            names.add(button);
            KeyCodeCombination key = new KeyCodeCombination(KeyCode.getKeyCode(digit), KeyCombination.SHORTCUT_DOWN);
            root.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scene.getAccelerators().put(key, () -> open(s));
                }
            });
            index++;
        }
        municipalityLabel.setText(municipality.displayName());
        demoBadge.setVisible(municipality.demo());
        demoBadge.setManaged(municipality.demo());
        dataLocationLabel.setText(dataPlace);
        // A long path wraps within the status bar rather than being cut.
        dataLocationLabel.maxWidthProperty().bind(statusBar.widthProperty().subtract(statusBar.getInsets().getLeft() + statusBar.getInsets().getRight() + 2));
        // The navigation is as wide as its longest name at the chosen text size; it scrolls only in height.
        sidebarScroll.minViewportWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(sidebar.minWidth(-1), sidebar.prefWidth(-1)),
                sidebar.layoutBoundsProperty()));
        names.add(appName);
        CompactNavigation.install(root, sidebar, names);
        open(Section.OVERVIEW);
    }

    /** Opens a screen, unless the current one holds unsaved work the user wants to keep. */
    public void open(Section section) {
        if (section == current) {
            select(section);
            return;
        }
        if (!mayLeave()) {
            select(current);
            return;
        }
        screenLeft.run();
        ViewLoader.Loaded<Object> loaded = views.load(section.view());
        Parent content = loaded.root();
        root.setCenter(Scrolling.whenShort(content));
        // Keyboard users land in the screen they opened, not on the navigation button.
        Platform.runLater(() -> firstFocusable(content).ifPresent(FocusWhenPlaced::request));
        currentController = loaded.controller();
        current = section;
        select(section);
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable() && node instanceof Control) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void select(Section section) {
        if (section != null) {
            navGroup.getToggles().get(section.ordinal()).setSelected(true);
        }
    }

    @Override
    public void openCandidate(long candidateId, Navigator.CandidateTab tab) {
        open(Section.CANDIDATES);
        if (current == Section.CANDIDATES && currentController instanceof RecordView view) {
            view.showCandidate(candidateId, tab);
        }
    }

    @Override
    public boolean mayLeave() {
        return !(currentController instanceof LeaveGuard guard) || guard.mayLeave();
    }
}
