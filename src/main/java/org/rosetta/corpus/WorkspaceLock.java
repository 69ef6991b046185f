package org.rosetta.corpus;

import org.rosetta.model.RosettaException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer lock of a workspace: an OS file lock on {@code tmx/.rosetta.lock}, held by {@code build},
 * {@code import} and {@code reindex} while they write. A second writer, in this process or another, fails at once
 * with a {@link RosettaException.Kind#CONFLICT} naming the holder's pid. The OS releases the lock when the holder
 * dies, so a killed writer never blocks the next. Readers take no lock: they see the outputs only after their
 * atomic moves. The file itself is left in place (deleting it would race with the next writer).
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE = ".rosetta.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(WorkspaceLayout layout) {
        Path file = layout.tmx().resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(layout.tmx());
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new CorpusException(RosettaException.Kind.CONFLICT, file + ": is not a plain file (a link?);"
                        + " remove it, rosetta makes its own");
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new CorpusException(RosettaException.Kind.CONFLICT, layout.tmx()
                        + " is being written by another rosetta" + holder + "; wait or retry");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                    0);
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CorpusException(RosettaException.Kind.IO, file + ": cannot take the write lock ("
                    + e.getMessage() + ")");
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null; // another writer of this process holds it
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("\\d+") ? ", pid " + pid : "";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        try (channel) {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases the lock too
        }
    }
}
