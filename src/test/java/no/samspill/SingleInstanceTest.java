package no.samspill;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir Path dir;

    @Test
    void aSecondClaimAsksTheFirstToShowItselfAndGetsNothing() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        Optional<SingleInstance> first = SingleInstance.claim(dir, shown::countDown);
        assertTrue(first.isPresent());
        try (SingleInstance held = first.get()) {
            Optional<SingleInstance> second = SingleInstance.claim(dir, () -> { });
            assertTrue(second.isEmpty(), "the second start does not get the folder");
            assertTrue(shown.await(5, TimeUnit.SECONDS), "the first instance was asked to come to the front");
        }
        Optional<SingleInstance> again = SingleInstance.claim(dir, () -> { });
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
        try (SingleInstance held = SingleInstance.claim(dir, shown::countDown).orElseThrow()) {
            assertTrue(SingleInstance.claim(dir, () -> { }).isEmpty());
            assertTrue(shown.await(5, TimeUnit.SECONDS), "the first instance was reached once it listened");
        }
    }
}
