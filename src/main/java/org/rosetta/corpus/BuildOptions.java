package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.util.Optional;

/**
 * Settings of a build.
 *
 * @param pivot      the language every other version is aligned to (English by default); a document without a
 *                   version in it uses its first language in tag order
 * @param collection build only this collection, or (empty) all
 */
public record BuildOptions(Language pivot, Optional<String> collection) {

    public static BuildOptions defaults() {
        return new BuildOptions(Language.of("en"), Optional.empty());
    }
}
