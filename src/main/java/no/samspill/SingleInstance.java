package no.samspill;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One running Samspill per data folder. The first instance holds a lock file and listens on a
 * local port; a second start finds the lock, asks the first to come to the front, and exits
 * instead of failing on the database's file lock. A first instance whose window has closed answers
 * that it is closing (its exit backup and the database's close take seconds at 100,000 candidates):
 * then the second start waits for the lock and starts, rather than exit with no window anywhere.
 * The lock alone decides, before the toolkit starts; the listener is opened on its own thread, since
 * the socket's first use (the network library and its settings) took about 5 ms of a start that
 * waits for it.
 */
public final class SingleInstance implements AutoCloseable {

    static final String LOCK = "instance.lock";
    static final String PORT = "instance.port";
    private static final String SHOW = "SHOW";
    private static final int SHOWN = 'Y';
    private static final int CLOSING = 'C';
    /** How long a second start waits for a first one that is closing (its database work is never cut short). */
    private static final long CLOSING_WAIT_MS = 180_000;
    /** How long a second start tries to reach a first one that has the lock but may not listen yet. */
    private static final int ASK_TRIES = 20;
    private static final long ASK_PAUSE_MS = 100;
    /** The first instance's window answers on its FX thread, which it waits for up to two seconds. */
    private static final int ANSWER_TIMEOUT_MS = 4_000;

    private final FileChannel channel;
    private final FileLock lock;
    private ServerSocket server;
    private boolean closed;

    private SingleInstance(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder for this process, or returns empty after asking the running instance to
     * show itself. While that instance answers that it is closing, this waits for the folder instead.
     * {@code onShow} runs (on a background thread) each time a later start asks; it returns false
     * once this process is closing and will show no window again.
     */
    public static Optional<SingleInstance> claim(Path dataDir, BooleanSupplier onShow) throws IOException {
        Files.createDirectories(dataDir);
        long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSING_WAIT_MS);
        while (true) {
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                SingleInstance instance = new SingleInstance(channel, lock);
                Thread listener = new Thread(() -> instance.listen(dataDir, onShow), "samspill-single-instance");
                listener.setDaemon(true);
                listener.start();
                return Optional.of(instance);
            }
            channel.close();
            if (askToShow(dataDir) != CLOSING || System.nanoTime() - giveUp > 0) {
                return Optional.empty();
            }
            pause();
        }
    }

    private void listen(Path dataDir, BooleanSupplier onShow) {
        ServerSocket opened;
        try {
            opened = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                server = opened;
            }
            Files.writeString(dataDir.resolve(PORT), Integer.toString(opened.getLocalPort()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // Without a listener a second start still finds the lock and says that Samspill runs.
            return;
        }
        while (!opened.isClosed()) {
            try (Socket s = opened.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                s.setSoTimeout(2_000);
                if (SHOW.equals(new String(in.readNBytes(SHOW.length()), StandardCharsets.US_ASCII))) {
                    out.write(onShow.getAsBoolean() ? SHOWN : CLOSING);
                }
            } catch (IOException e) {
                // A closed server ends the loop; a bad client is simply ignored.
            }
        }
    }

    /**
     * The first instance may hold the lock a moment before it listens (or its port file may be left
     * from an earlier run until it writes its own), so the asking is tried again for up to two seconds.
     * Returns the answer; an instance that cannot be reached, or that gives none, counts as showing.
     */
    private static int askToShow(Path dataDir) {
        for (int i = 0; i < ASK_TRIES; i++) {
            try {
                int port = Integer.parseInt(Files.readString(dataDir.resolve(PORT), StandardCharsets.US_ASCII).strip());
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = s.getOutputStream();
                     InputStream in = s.getInputStream()) {
                    s.setSoTimeout(ANSWER_TIMEOUT_MS);
                    out.write(SHOW.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return in.read() == CLOSING ? CLOSING : SHOWN;
                } catch (SocketTimeoutException e) {
                    return SHOWN;
                }
            } catch (IOException | NumberFormatException e) {
                pause();
            }
        }
        return SHOWN;
    }

    private static void pause() {
        try {
            Thread.sleep(ASK_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lock goes first: a start waiting for it must never find it held by an instance that no longer answers. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            synchronized (this) {
                closed = true;
                if (server != null) {
                    server.close();
                }
            }
        }
    }
}
