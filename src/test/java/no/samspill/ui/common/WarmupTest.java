package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The warm-up runs off the FX thread without error, styles its scene (skins made) and loads the screens' classes. */
@ExtendWith(ApplicationExtension.class)
class WarmupTest {

    @Test
    void itStylesAScene_offTheFxThread_andLoadsTheScreenClasses() throws Exception {
        // As in the app, whose theme defines the colours samspill.css looks up.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        CompletableFuture<Warmup.Done> done = CompletableFuture.supplyAsync(() -> {
            assertFalse(Platform.isFxApplicationThread());
            return Warmup.run();
        });
        Warmup.Done result = done.get(60, TimeUnit.SECONDS);
        assertTrue(result.styled(), "the table got its skin, so the style sheets were applied");
        assertTrue(result.classes() > 100, "the screens' classes were loaded: " + result.classes());
        assertTrue(WarmViews.FIRST.stream().noneMatch(v -> fxml(v).contains("fx:include")));
        assertEquals(WarmViews.FIRST.size(), result.views(), "the first screens were each loaded from their own FXML, without a controller");
    }

    private static String fxml(View view) {
        try (var in = WarmupTest.class.getResourceAsStream(view.resource())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
