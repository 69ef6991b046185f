package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.util.Optional;

/**
 * Settings of a build.
 *
 * @param pivot      the language every other version is aligned to (English by default); a document without a
 *                   version in it uses its first language in tag order
 * @param collection build only this collection, or (empty) all
 * @param rebuild    which collections to build
 */
public record BuildOptions(Language pivot, Optional<String> collection, Rebuild rebuild) {

    public enum Rebuild {
        /** Collections whose files, pivot or Rosetta build changed since their index was written. */
        CHANGED,
        ALL
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Language.of("en"), Optional.empty(), Rebuild.CHANGED);
    }
}
