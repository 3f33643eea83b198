package no.samspill.ui.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The screens' own FXML, loaded once off the FX thread without their controllers, for {@link Warmup}:
 * the loader's first look at each kind of control (its properties found by reflection, its builders,
 * the method handles it makes) otherwise happened on the FX thread while the main window first built.
 * The controller and its event handlers are taken out of the text, since a controller needs the
 * open data; a screen that includes another is left for its first real build.
 */
final class WarmViews {

    private static final Pattern CONTROLLER = Pattern.compile("\\s(fx:controller|on[A-Z][A-Za-z]*)=\"[^\"]*\"");
    static final List<View> FIRST = List.of(View.MAIN_WINDOW, View.OVERVIEW, View.CANDIDATES, View.CANDIDATE_DETAILS);

    private WarmViews() {
    }

    /**
     * The roots of the main window and the screens a session opens first (Oversikt, Kandidater and a
     * candidate's details). Every screen was tried: styling them all took the warm-up from about 0.45 s
     * to 1.3 s of one core, which then still ran when the password came and slowed the unlock.
     */
    static List<Parent> load() {
        I18n texts = new I18n(Language.DEFAULT);
        List<Parent> roots = new ArrayList<>();
        for (View view : FIRST) {
            try {
                Parent root = load(view, texts);
                if (root != null) {
                    roots.add(root);
                }
            } catch (IOException | RuntimeException e) {
                // A warm-up only: the screen's first real build does the same work, and reports its own failure.
            }
        }
        return roots;
    }

    private static Parent load(View view, I18n texts) throws IOException {
        URL url = WarmViews.class.getResource(view.resource());
        if (url == null) {
            return null;
        }
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (text.contains("fx:include")) {
            return null;
        }
        FXMLLoader loader = new FXMLLoader(url, texts.bundle());
        return loader.load(new ByteArrayInputStream(CONTROLLER.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8)));
    }
}
