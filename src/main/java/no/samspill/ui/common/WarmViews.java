package no.samspill.ui.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The screens' own FXML, loaded off the FX thread without their controllers, for {@link Warmup}:
 * the loader's first look at each kind of control (its properties found by reflection, its builders,
 * the method handles it makes) otherwise happened on the FX thread while a screen first built.
 * The controller and its event handlers are taken out of the text, since a controller needs the
 * open data; a part a screen includes is taken out too and loaded as a file of its own.
 */
final class WarmViews {

    private static final Pattern CONTROLLER = Pattern.compile("\\s(fx:controller|on[A-Z][A-Za-z]*)=\"[^\"]*\"");
    private static final Pattern INCLUDE = Pattern.compile("<fx:include\\b[^>]*\\bsource=\"([^\"]+)\"[^>]*/>");
    static final List<View> FIRST = List.of(View.MAIN_WINDOW, View.OVERVIEW, View.CANDIDATES, View.CANDIDATE_DETAILS);

    private WarmViews() {
    }

    /**
     * The roots of the main window and the screens a session opens first (Oversikt, Kandidater and a
     * candidate's details). Every screen was tried here: styling them all took this warm-up from about
     * 0.45 s to 1.3 s of one core, which then still ran when the password came and slowed the unlock;
     * the rest are warmed after the main window shows ({@link LaterWarmup}).
     */
    static List<Parent> first() {
        I18n texts = new I18n(Language.DEFAULT);
        List<Parent> roots = new ArrayList<>();
        for (View view : FIRST) {
            Parent root = load(view.resource(), texts);
            if (root != null) {
                roots.add(root);
            }
        }
        return roots;
    }

    /** Every other screen's FXML (the first start's excepted) and each part they include, once each, in the screens' order. */
    static List<String> later() {
        Set<String> files = new LinkedHashSet<>();
        for (View view : View.values()) {
            if (!FIRST.contains(view) && view != View.FIRST_START) {
                files.add(view.resource());
                Matcher included = INCLUDE.matcher(text(view.resource()));
                while (included.find()) {
                    files.add("/fxml/" + included.group(1));
                }
            }
        }
        return List.copyOf(files);
    }

    /** The file's root, built without its controller, handlers or included parts; null if it could not be (a warm-up only). */
    static Parent load(String resource, I18n texts) {
        URL url = WarmViews.class.getResource(resource);
        if (url == null) {
            return null;
        }
        String bare = INCLUDE.matcher(CONTROLLER.matcher(text(resource)).replaceAll("")).replaceAll("");
        try {
            return new FXMLLoader(url, texts.bundle()).load(new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // The screen's first real build does the same work, and reports its own failure.
            return null;
        }
    }

    private static String text(String resource) {
        try (InputStream in = WarmViews.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
