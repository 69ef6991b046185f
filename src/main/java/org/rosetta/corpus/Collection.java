package org.rosetta.corpus;

import org.rosetta.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A collection folder: its documents, each with its language versions in tag order. Files that do not follow the
 * naming layout (licences, READMEs) are not documents and are skipped. Symbolic links are skipped with a warning
 * unless {@link BuildOptions.Links#FOLLOW}: a link could bring any file of the machine into the TMX and index.
 *
 * @param warnings one line per link skipped, naming it
 */
public record Collection(String name, SortedMap<String, List<CorpusFile>> documents, List<String> warnings) {

    public Collection {
        warnings = List.copyOf(warnings);
    }

    /** The folder's documents; symbolic links are skipped. */
    public static Collection scan(Path folder) {
        return scan(folder, BuildOptions.Links.SKIP);
    }

    public static Collection scan(Path folder, BuildOptions.Links links) {
        SortedMap<String, List<CorpusFile>> documents = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (links == BuildOptions.Links.SKIP && Files.isSymbolicLink(file)) {
                    if (CorpusFile.parse(file).isPresent()) {
                        warnings.add(file + ": a symbolic link, skipped (build --follow-links reads it)");
                    }
                    continue;
                }
                if (!Files.isRegularFile(file, linkOptions(links))) {
                    continue;
                }
                Optional<CorpusFile> parsed = CorpusFile.parse(file);
                if (parsed.isPresent() && !parsed.get().language().isKnown()) {
                    warnings.add(file + ": '" + parsed.get().language() + "' is not a language (no ISO 639 code), so"
                            + " the file is skipped; name a document's files NAME.LANG.EXT, e.g. statement.fr.txt");
                } else {
                    parsed.ifPresent(f -> documents.computeIfAbsent(f.document(), d -> new ArrayList<>()).add(f));
                }
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
        return new Collection(folder.getFileName().toString(), documents, warnings);
    }

    static LinkOption[] linkOptions(BuildOptions.Links links) {
        return links == BuildOptions.Links.FOLLOW ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }
}
