package no.samspill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir Path dir;

    @Test
    void aSecondClaimAsksTheFirstToShowItselfAndGetsNothing() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        Optional<SingleInstance> first = SingleInstance.claim(dir, () -> showing(shown));
        assertTrue(first.isPresent());
        try (SingleInstance held = first.get()) {
            Optional<SingleInstance> second = SingleInstance.claim(dir, () -> true);
            assertTrue(second.isEmpty(), "the second start does not get the folder");
            assertTrue(shown.await(5, TimeUnit.SECONDS), "the first instance was asked to come to the front");
        }
        Optional<SingleInstance> again = SingleInstance.claim(dir, () -> true);
        assertTrue(again.isPresent(), "after the first one exits, the folder is free again");
        again.get().close();
    }

    @Test
    void aPortLeftFromAnEarlierRunDoesNotKeepTheSecondStartFromReachingTheFirst() throws Exception {
        int stale;
        try (java.net.ServerSocket gone = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            stale = gone.getLocalPort();
        }
        java.nio.file.Files.writeString(dir.resolve(SingleInstance.PORT), Integer.toString(stale));
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance held = SingleInstance.claim(dir, () -> showing(shown)).orElseThrow()) {
            assertTrue(SingleInstance.claim(dir, () -> true).isEmpty());
            assertTrue(shown.await(5, TimeUnit.SECONDS), "the first instance was reached once it listened");
        }
    }

    @Test
    void aStartWhileTheFirstIsClosingWaitsForItAndThenGetsTheFolder() throws Exception {
        SingleInstance first = SingleInstance.claim(dir, () -> false).orElseThrow();
        CompletableFuture<Optional<SingleInstance>> second = CompletableFuture.supplyAsync(() -> {
            try {
                return SingleInstance.claim(dir, () -> true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(1_000);
        assertFalse(second.isDone(), "the second start waits while the first closes, rather than exit with no window");
        first.close();
        Optional<SingleInstance> got = second.get(10, TimeUnit.SECONDS);
        assertTrue(got.isPresent(), "once the first has ended, the second start has the folder");
        try (SingleInstance held = got.get()) {
            assertTrue(SingleInstance.claim(dir, () -> true).isEmpty(), "and a third start finds the second running");
        }
    }

    private static boolean showing(CountDownLatch shown) {
        shown.countDown();
        return true;
    }
}
