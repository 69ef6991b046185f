package org.rosetta.shell;

import org.rosetta.align.Dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --dictionary FILE,...} option of the commands that learn from bilingual word lists: file names split
 * at commas; each file must exist (a dictd dictionary's index and data both), checked before any work starts.
 */
final class DictionaryFiles {

    private DictionaryFiles() {
    }

    /** The files, as absolute paths (the build stamp keeps them for rebuilds); none when the option is not given. */
    static List<Path> of(String value) {
        if (value == null) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String item : OptionValues.list("dictionary", value)) {
            Path file = Path.of(item).toAbsolutePath().normalize();
            Dictionary.missingFile(file).ifPresent(part -> { // of a dictd dictionary, its index or its data
                throw OptionValues.missingFile("dictionary", part);
            });
            files.add(file);
        }
        return files;
    }
}
