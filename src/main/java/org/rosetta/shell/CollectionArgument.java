package org.rosetta.shell;

import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Exchange;
import org.rosetta.corpus.Workspace;

import java.util.List;
import java.util.Optional;

/**
 * A collection name as a command receives it, checked against the collections that exist for that command (under
 * {@code corpus/} for {@code build}, built or imported for the query and review commands): an unknown name is a
 * usage error that suggests the nearest one ("did you mean 'udhr'?") and lists the rest. Stateless.
 */
final class CollectionArgument {

    private CollectionArgument() {
    }

    /** A collection with a TMX under {@code tmx/}, built or imported. */
    static CollectionName built(Workspace workspace, String value) {
        return among(value, new Exchange(workspace.layout()).builtCollections(), "is built or imported");
    }

    /** A collection folder under {@code corpus/}. */
    static CollectionName inCorpus(Workspace workspace, String value) {
        return among(value, workspace.corpusCollections(), "under corpus/");
    }

    /**
     * A collection folder under {@code corpus/} that a build with these {@code links} reads; a symbolic link it skips
     * is said to be one, and how to read it.
     */
    static CollectionName inCorpus(Workspace workspace, String value, BuildOptions.Links links) {
        CollectionName name = CollectionName.of(value);
        java.nio.file.Path folder = workspace.layout().folderOf(name);
        if (links == BuildOptions.Links.SKIP && java.nio.file.Files.isSymbolicLink(folder)) {
            throw new UsageException(folder + ": a symbolic link, skipped (build --follow-links reads it)");
        }
        return among(value, workspace.corpusCollections(links), "under corpus/");
    }

    /** {@code value} as a collection among {@code known}; {@code where} says what they are ("under corpus/"). */
    static CollectionName among(String value, List<CollectionName> known, String where) {
        CollectionName name = CollectionName.of(value);
        if (known.contains(name)) {
            return name;
        }
        Optional<String> nearest = ArgumentParser.nearest(name.value(), known.stream().map(CollectionName::value)
                .toList());
        throw new UsageException("no collection '" + name.value() + "' " + where
                + nearest.map(n -> " (did you mean '" + n + "'?)").orElse("")
                + (known.isEmpty() ? "; there are none" : "; there are " + String.join(", ",
                        known.stream().map(CollectionName::value).toList())));
    }
}
