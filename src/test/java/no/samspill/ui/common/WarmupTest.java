package no.samspill.ui.common;

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
        CompletableFuture<Warmup.Done> done = CompletableFuture.supplyAsync(() -> {
            assertFalse(Platform.isFxApplicationThread());
            return Warmup.run();
        });
        Warmup.Done result = done.get(60, TimeUnit.SECONDS);
        assertTrue(result.styled(), "the table got its skin, so the style sheets were applied");
        assertTrue(result.classes() > 100, "the screens' classes were loaded: " + result.classes());
    }
}
