package org.rosetta.corpus;

import org.rosetta.model.RosettaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a workspace keeps things: collections under {@code corpus/}, one folder each; TMX files under {@code tmx/};
 * the search index, derived from the TMX, under {@code tmx/index/}. Paths of a collection come from a
 * {@link CollectionName}, so they always lie inside these folders.
 */
public record WorkspaceLayout(Path corpus, Path tmx, Path index) {

    public static WorkspaceLayout under(Path root) {
        Path tmx = root.resolve("tmx");
        return new WorkspaceLayout(root.resolve("corpus"), tmx, tmx.resolve("index"));
    }

    public Path tmxOf(CollectionName collection) {
        return tmx.resolve(collection.value() + ".tmx");
    }

    public Path folderOf(CollectionName collection) {
        return corpus.resolve(collection.value());
    }

    /**
     * Refuses an output file the user named ({@code option}: {@code export --out}, {@code report --html}) that would
     * replace what the workspace owns (as {@link #checkPrefix}), or that is a folder.
     */
    public Path checkOutput(Path out, String option) {
        Path resolved = checkPrefix(out, option);
        if (Files.isDirectory(resolved)) {
            throw new CorpusException(RosettaException.Kind.USAGE, out + ": is a folder; " + option + " names the"
                    + " file to write");
        }
        return resolved;
    }

    /**
     * Refuses an output path the user named (a file, or the prefix of files: a Moses export's {@code --out}) that
     * would replace what the workspace owns:
     * a collection's TMX (any {@code tmx/*.tmx}), the write lock, anything under {@code tmx/index/} or under
     * {@code corpus/}. Symbolic links and {@code ..} are resolved first, so no spelling of those paths gets through.
     */
    public Path checkPrefix(Path out, String option) {
        Path resolved = resolved(out);
        Path tmxFolder = resolved(tmx);
        boolean ownFile = tmxFolder.equals(resolved.getParent()) && (resolved.getFileName().toString().endsWith(".tmx")
                || resolved.getFileName().toString().equals(WorkspaceLock.FILE));
        if (ownFile || resolved.startsWith(resolved(index)) || resolved.startsWith(resolved(corpus))
                || resolved.equals(tmxFolder)) {
            throw new CorpusException(RosettaException.Kind.USAGE, out + ": is the workspace's own corpus, TMX or"
                    + " index; " + option + " must name another file");
        }
        return resolved; // what was checked is what gets written
    }

    /** The absolute path with every existing ancestor's links resolved, and {@code ..} removed. */
    static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot resolve (" + e.getMessage() + ")", e);
        }
    }
}
