package org.quarterhour.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes and forces files to disk. Many files are forced at once, from several threads, because a journalling file
 * system commits concurrent fsyncs together: a group of a hundred files costs about what one costs.
 */
final class Disk {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "quarterhour-fsync");
        t.setDaemon(true);
        return t;
    });

    private Disk() {
    }

    static void force(Collection<Path> paths) throws IOException {
        all(paths.stream().map(p -> (Forcing) () -> force(p)).toList());
    }

    /**
     * Creates each file (none may be there yet), writes its bytes and forces them, all at once: each on a thread of
     * its own, since creating a file waits on the file system's journal as much as forcing it does.
     */
    static void write(Map<Path, byte[]> files) throws IOException {
        all(files.entrySet().stream().map(f -> (Forcing) () -> write(f.getKey(), f.getValue())).toList());
    }

    private static void write(Path path, byte[] bytes) throws IOException {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            file.force(true);
        }
    }

    private interface Forcing {
        void run() throws IOException;
    }

    /**
     * Runs the work on the pool and waits for all of it, even after a failure or an interrupt, so that none still runs
     * (on a channel the caller is about to close) when it returns.
     */
    private static void all(List<Forcing> work) throws IOException {
        if (work.size() <= 1) {
            for (Forcing w : work) {
                w.run();
            }
            return;
        }
        List<Future<Void>> pending = new ArrayList<>();
        for (Forcing w : work) {
            pending.add(POOL.submit(() -> {
                w.run();
                return null;
            }));
        }
        IOException failed = null;
        boolean interrupted = false;
        for (Future<Void> f : pending) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    if (failed == null) {
                        failed = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the work is on disk already or about to be: wait for it, then say so
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failed == null) {
                failed = new IOException("interrupted while forcing the ledger to disk");
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Forces a file's bytes, or a folder's names (where the platform allows opening a folder, as Linux does). */
    static void force(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (FileChannel dir = FileChannel.open(p, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // some platforms cannot open a folder; its names are then as durable as the platform makes them
            }
            return;
        }
        try (FileChannel file = FileChannel.open(p, StandardOpenOption.WRITE)) {
            file.force(true);
        }
    }
}
