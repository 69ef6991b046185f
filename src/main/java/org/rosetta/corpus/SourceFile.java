package org.rosetta.corpus;

import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A file read outside a collection: its language and format from its name when it follows the corpus layout
 * ({@code NAME.LANG.EXT}), its format from its extension otherwise, plain text when nothing says.
 */
public final class SourceFile {

    /** The language its name gives, if it follows {@code NAME.LANG.EXT}. */
    public static Optional<Language> languageOf(Path file) {
        return CorpusFile.parse(file).map(CorpusFile::language).filter(Language::isKnown);
    }

    /** The format its name gives, if any. */
    public static Optional<DocumentFormat> formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : DocumentFormat.byExtension(name.substring(dot + 1));
    }

    /** Reads the file in {@code language}; a missing file is a one-line error naming it. */
    public static Ingested ingest(FileIngester ingester, Path file, Language language) {
        CorpusFile source = corpusFile(file, language);
        return ingester.ingest(source.path(), source.document(), source.language(), source.format());
    }

    /**
     * The file as a document named after it, in {@code language}, its format from its name (plain text when that
     * says none); a missing file is a one-line error naming it.
     */
    static CorpusFile corpusFile(Path file, Language language) {
        if (Files.isDirectory(file)) {
            throw new CorpusException(file + ": a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (formatOf(file).isEmpty() && NOT_DOCUMENTS.contains(extension)) {
            throw new CorpusException(file + ": a ." + extension + " file is not a document to read (text, Markdown"
                    + " or HTML); import takes TMX, CSV and TSV");
        }
        return new CorpusFile(file, file.getFileName().toString(), language,
                formatOf(file).orElse(DocumentFormat.TEXT));
    }

    /** Extensions of files that hold no document's text as such: translation memories, tables, office formats. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("tmx", "xlf", "xliff", "csv", "tsv",
            "docx", "doc", "odt", "pdf", "xlsx", "zip");

    private SourceFile() {
    }
}
