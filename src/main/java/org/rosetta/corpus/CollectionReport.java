package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What building one collection did.
 *
 * @param status    built, or left as it was because nothing it depends on changed
 * @param sentences sentences per language, in language tag order (empty when unchanged)
 * @param units     translation units written (for an unchanged collection, found in its index)
 * @param warnings  one line each, naming the file
 * @param failures  one line per document that could not be read (it is left out), or for the collection when it
 *                  could not be written; naming the file and the reason
 */
public record CollectionReport(String name, Status status, int documents, SortedMap<Language, Integer> sentences,
                               int units, Path tmx, List<String> warnings, List<String> failures) {

    /** This report with one more warning. */
    CollectionReport withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new CollectionReport(name, status, documents, sentences, units, tmx, more, failures);
    }

    public enum Status {
        BUILT,
        UNCHANGED,
        /** Nothing was written: the previous outputs, if any, are as they were. */
        FAILED
    }


    public CollectionReport {
        sentences = new TreeMap<>(sentences);
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }
}
