package org.rosetta.corpus;

import org.rosetta.ingest.DocumentFormat;
import org.rosetta.model.Language;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of a collection, named {@code <document>.<language>.<extension>}: {@code udhr.fa.html} is the Persian
 * version of document {@code udhr}, in HTML.
 */
public record CorpusFile(Path path, String document, Language language, DocumentFormat format) {

    private static final Pattern NAME = Pattern.compile("(.+)\\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\.([A-Za-z]+)");

    /**
     * The file's parts when its name follows the layout; empty for files that are not documents (a licence, a
     * README). A name that has the shape but an unknown extension is not a document either.
     */
    public static Optional<CorpusFile> parse(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        return DocumentFormat.byExtension(name.group(3))
                .map(format -> new CorpusFile(path, name.group(1), Language.of(name.group(2)), format));
    }
}
