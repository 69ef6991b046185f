package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What building one collection did.
 *
 * @param sentences sentences per language, in language tag order
 * @param warnings  one line each, naming the file
 */
public record CollectionReport(String name, int documents, SortedMap<Language, Integer> sentences, int units,
                               Path tmx, List<String> warnings) {

    public CollectionReport {
        sentences = new TreeMap<>(sentences);
        warnings = List.copyOf(warnings);
    }
}
