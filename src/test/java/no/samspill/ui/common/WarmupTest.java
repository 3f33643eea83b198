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

    @Test
    void afterTheMainWindow_everyOtherScreenAndEachPartItIncludes_isBuiltOffTheFxThread() throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        java.util.List<String> later = WarmViews.later();
        for (View view : View.values()) {
            boolean warmedFirst = WarmViews.FIRST.contains(view);
            assertEquals(!warmedFirst && view != View.FIRST_START, later.contains(view.resource()), view.name());
        }
        assertTrue(later.containsAll(java.util.List.of("/fxml/retention.fxml", "/fxml/backup.fxml", "/fxml/code-lists.fxml",
                "/fxml/candidate-income.fxml", "/fxml/needs.fxml", "/fxml/companion.fxml")), "the parts screens include: " + later);
        assertEquals(later.size(), new java.util.HashSet<>(later).size(), "each file once");
        CompletableFuture<Integer> built = new CompletableFuture<>();
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            Platform.runLater(() -> LaterWarmup.start(new TaskRunner() {
                @Override
                public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                    java.util.function.Consumer<Throwable> onError) {
                    throw new AssertionError("the warm-up runs apart from the database's work");
                }

                @Override
                public <T> void runApart(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                         java.util.function.Consumer<Throwable> onError) {
                    tasks.runApart(() -> {
                        assertFalse(Platform.isFxApplicationThread());
                        return work.call();
                    }, onSuccess, onError);
                }
            }, built::complete));
            // Every file is built, so a part left in (with its controller) or a handler left in would show here.
            assertEquals(later.size(), built.get(120, TimeUnit.SECONDS), "every screen and part was built: " + later);
        } finally {
            tasks.close();
        }
    }

    private static String fxml(View view) {
        try (var in = WarmupTest.class.getResourceAsStream(view.resource())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
