package no.samspill.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * FXMLLoader resolves {@code labelFor="$field"} when it reads the label, so a label written before
 * its field points at nothing: no mnemonic, no name for screen readers, and no error. Every view's
 * labels must name a field defined earlier in the file (the views use fx:define for that).
 */
class FxmlLabelsTest {

    private static final Pattern LABEL_FOR = Pattern.compile("labelFor=\"\\$(\\w+)\"");

    @Test
    void everyLabelPointsAtAFieldAlreadyDefined() throws Exception {
        List<String> dangling = new ArrayList<>();
        try (Stream<Path> views = Files.list(Path.of("src/main/resources/fxml"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".fxml")).sorted().toList()) {
                String text = Files.readString(view);
                Matcher m = LABEL_FOR.matcher(text);
                while (m.find()) {
                    int defined = text.indexOf("fx:id=\"" + m.group(1) + "\"");
                    if (defined < 0 || defined > m.start()) {
                        dangling.add(view.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), dangling);
    }
}
