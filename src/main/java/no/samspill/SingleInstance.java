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
 * instead of failing on the database's file lock.
 */
public final class SingleInstance implements AutoCloseable {

    static final String LOCK = "instance.lock";
    static final String PORT = "instance.port";
    private static final String SHOW = "SHOW";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
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
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Files.writeString(dataDir.resolve(PORT), Integer.toString(server.getLocalPort()), StandardCharsets.US_ASCII);
        SingleInstance instance = new SingleInstance(channel, lock, server);
        Thread listener = new Thread(() -> instance.listen(onShow), "samspill-single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    private void listen(Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                s.setSoTimeout(2_000);
                if (SHOW.equals(new String(in.readNBytes(SHOW.length()), StandardCharsets.US_ASCII))) {
                    onShow.run();
                }
            } catch (IOException e) {
                // A closed server ends the loop; a bad client is simply ignored.
            }
        }
    }

    private static void askToShow(Path dataDir) {
        try {
            int port = Integer.parseInt(Files.readString(dataDir.resolve(PORT), StandardCharsets.US_ASCII).strip());
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = s.getOutputStream()) {
                out.write(SHOW.getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException | NumberFormatException e) {
            // The running instance cannot be reached; the user still gets the message that it runs.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        lock.release();
        channel.close();
    }
}
