package org.rosetta.corpus;

import java.nio.file.Path;

/**
 * Where a workspace keeps things: collections under {@code corpus/}, one folder each; TMX files under {@code tmx/};
 * the search index, derived from the TMX, under {@code tmx/index/}.
 */
public record WorkspaceLayout(Path corpus, Path tmx, Path index) {

    public static WorkspaceLayout under(Path root) {
        Path tmx = root.resolve("tmx");
        return new WorkspaceLayout(root.resolve("corpus"), tmx, tmx.resolve("index"));
    }

    public Path tmxOf(String collection) {
        return tmx.resolve(collection + ".tmx");
    }
}
