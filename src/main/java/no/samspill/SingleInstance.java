package no.samspill;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running Samspill per data folder. The first instance holds a lock file and listens on a
 * local port; a second start finds the lock, asks the first to come to the front, and exits
 * instead of failing on the database's file lock. The lock alone decides, before the toolkit starts;
 * the listener is opened on its own thread, since the socket's first use (the network library and
 * its settings) took about 5 ms of a start that waits for it.
 */
public final class SingleInstance implements AutoCloseable {

    static final String LOCK = "instance.lock";
    static final String PORT = "instance.port";
    private static final String SHOW = "SHOW";
    /** How long a second start tries to reach a first one that has the lock but may not listen yet. */
    private static final int ASK_TRIES = 20;
    private static final long ASK_PAUSE_MS = 100;

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
     * show itself. {@code onShow} runs (on a background thread) each time a later start asks.
     */
    public static Optional<SingleInstance> claim(Path dataDir, Runnable onShow) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            askToShow(dataDir);
            return Optional.empty();
        }
        SingleInstance instance = new SingleInstance(channel, lock);
        Thread listener = new Thread(() -> instance.listen(dataDir, onShow), "samspill-single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    private void listen(Path dataDir, Runnable onShow) {
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
            try (Socket s = opened.accept(); InputStream in = s.getInputStream()) {
                s.setSoTimeout(2_000);
                if (SHOW.equals(new String(in.readNBytes(SHOW.length()), StandardCharsets.US_ASCII))) {
                    onShow.run();
                }
            } catch (IOException e) {
                // A closed server ends the loop; a bad client is simply ignored.
            }
        }
    }

    /**
     * The first instance may hold the lock a moment before it listens (or its port file may be left
     * from an earlier run until it writes its own), so the asking is tried again for up to two seconds.
     */
    private static void askToShow(Path dataDir) {
        for (int i = 0; i < ASK_TRIES; i++) {
            try {
                int port = Integer.parseInt(Files.readString(dataDir.resolve(PORT), StandardCharsets.US_ASCII).strip());
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = s.getOutputStream()) {
                    out.write(SHOW.getBytes(StandardCharsets.US_ASCII));
                    return;
                }
            } catch (IOException | NumberFormatException e) {
                pause();
            }
        }
        // The running instance cannot be reached; the user still gets the message that it runs.
    }

    private static void pause() {
        try {
            Thread.sleep(ASK_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            if (server != null) {
                server.close();
            }
        }
        lock.release();
        channel.close();
    }
}
