package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A collection folder: its documents, each with its language versions in tag order. Files that do not follow the
 * naming layout (licences, READMEs) are not documents and are skipped.
 */
public record Collection(String name, SortedMap<String, List<CorpusFile>> documents) {

    public static Collection scan(Path folder) {
        SortedMap<String, List<CorpusFile>> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                CorpusFile.parse(file).ifPresent(f ->
                        documents.computeIfAbsent(f.document(), d -> new ArrayList<>()).add(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list (" + e.getMessage() + ")", e);
        }
        for (Map.Entry<String, List<CorpusFile>> document : documents.entrySet()) {
            document.getValue().sort((a, b) -> a.language().compareTo(b.language()));
            List<Language> languages = document.getValue().stream().map(CorpusFile::language).toList();
            if (languages.stream().distinct().count() != languages.size()) {
                throw new CorpusException(folder + ": document '" + document.getKey()
                        + "' has two files in the same language");
            }
        }
        return new Collection(folder.getFileName().toString(), documents);
    }
}
