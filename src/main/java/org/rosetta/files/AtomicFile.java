package org.rosetta.files;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way Rosetta replaces a file: written beside its place as {@code .NAME.PID-RANDOM.part} (with the user's
 * usual permissions, never following a link at that name), and moved over the target atomically by
 * {@link #commit()}; closing without committing deletes it, so an interrupted write never leaves a half-written
 * TMX, CSV or Moses file. A killed process's {@code .part} carries its pid, by which the next writer knows it is
 * dead and removes it. Not thread-safe.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private AtomicFile(Path target) {
        this.target = target;
        Path folder = target.toAbsolutePath().getParent();
        this.temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            Files.createDirectories(folder);
            // CREATE_NEW, not createTempFile: the file gets the user's usual permissions, not owner-only.
            stream = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Starts replacing {@code target}; its folder is created when missing. */
    public static AtomicFile replacing(Path target) {
        return new AtomicFile(target);
    }

    /** The bytes of the new file. */
    public OutputStream stream() {
        return stream;
    }

    /** The new file as UTF-8 text (one writer per file; do not mix with {@link #stream()}). */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /** Finishes the new file and moves it over the target in one step; returns the target. */
    public Path commit() {
        try {
            if (writer != null) {
                writer.close();
            } else {
                stream.close();
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // cleaning up after a failure that the caller is already reporting
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // left for the next writer, which removes a dead process's .part
            }
        }
    }
}
