package org.rosetta.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A UTF-8 text file written beside its place and moved in by {@link #commit()}; closing without committing
 * deletes it, so an interrupted export never leaves a half-written file. Not thread-safe.
 */
final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    AtomicFile(Path target) {
        this.target = target;
        Path folder = target.toAbsolutePath().getParent();
        this.temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            Files.createDirectories(folder);
            writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    Writer writer() {
        return writer;
    }

    Path commit() {
        try {
            writer.close();
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
                writer.close();
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // cleaning up after a failure that the caller is already reporting
            }
        }
    }
}
