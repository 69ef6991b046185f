package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Settings of a build.
 *
 * @param pivot      the language every other version is aligned to (English by default); a document without a
 *                   version in it uses its first language in tag order
 * @param collection build only this collection, or (empty) all
 * @param rebuild    which collections to build
 * @param links      whether symbolic links under {@code corpus/} are read
 * @param dictionaries bilingual word lists the aligner learns from as well (FreeDict dictd indexes, CSV, TSV), as
 *                   absolute paths, each once, sorted (their entries are pooled, whatever their languages); a
 *                   collection built with other dictionaries, or with these when their contents changed, is
 *                   rebuilt, and so is one built with some when none is given
 */
public record BuildOptions(Language pivot, Optional<CollectionName> collection, Rebuild rebuild, Links links,
                           List<Path> dictionaries) {

    public BuildOptions {
        dictionaries = dictionaries.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    }

    /** Options without dictionaries. */
    public BuildOptions(Language pivot, Optional<CollectionName> collection, Rebuild rebuild, Links links) {
        this(pivot, collection, rebuild, links, List.of());
    }

    public enum Rebuild {
        /** Collections whose files, pivot or Rosetta build changed since their index was written. */
        CHANGED,
        ALL
    }

    /** Symbolic links under {@code corpus/}: skipped with a warning (the default), or followed. */
    public enum Links {
        SKIP,
        FOLLOW
    }

    /** The pivot when none is asked for (a document without it falls back to one of its own languages). */
    public static final Language DEFAULT_PIVOT = Language.of("en");

    public static BuildOptions defaults() {
        return new BuildOptions(DEFAULT_PIVOT, Optional.empty(), Rebuild.CHANGED, Links.SKIP);
    }

    public BuildOptions withRebuild(Rebuild value) {
        return new BuildOptions(pivot, collection, value, links, dictionaries);
    }

    public BuildOptions withDictionaries(List<Path> files) {
        return new BuildOptions(pivot, collection, rebuild, links, files);
    }
}
