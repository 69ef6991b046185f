package org.rosetta.ingest;

import org.rosetta.model.InputException;
import org.rosetta.model.Document;
import org.rosetta.model.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one file into documents: decodes it, splits it into blocks by format, runs the clean-up steps asked for
 * ({@link Cleanup}, all by default), checks the script. Every document keeps the source offsets of its text. Files
 * over {@link #MAX_BYTES} are refused rather than read into memory. Thread-safe.
 */
public final class FileIngester {

    /** Statements are small; anything larger than this is not one. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final TextDecoder decoder = new TextDecoder();
    private final ScriptChecker scripts = new ScriptChecker();
    private final Set<Cleanup> cleanups;

    public FileIngester(Set<Cleanup> cleanups) {
        this.cleanups = Set.copyOf(cleanups);
    }

    public FileIngester() {
        this(Set.of(Cleanup.values()));
    }

    /** Documents are named {@code id}, and {@code id#2}, {@code id#3}, ... when the file holds several articles. */
    public Ingested ingest(Path file, String id, Language language, DocumentFormat format) {
        String where = file.toString();
        byte[] bytes = readBytes(file, where);
        if (bytes.length == 0) {
            throw new InputException(where + ": empty file");
        }
        Decoded decoded = decoder.decode(bytes, where, language);
        List<String> warnings = new ArrayList<>();
        if (decoded.guessed()) {
            warnings.add(where + ": encoding guessed as " + decoded.charset());
        }
        List<RawBlock> blocks = new ArrayList<>(format.reader().read(decoded.text(), where));
        Map<Cleanup, Integer> changes = new EnumMap<>(Cleanup.class);
        if (cleanups.contains(Cleanup.NFC)) {
            changes.put(Cleanup.NFC, CleanupSteps.nfc(blocks));
        }
        if (cleanups.contains(Cleanup.LINKS)) {
            changes.put(Cleanup.LINKS, CleanupSteps.links(blocks));
        }
        if (cleanups.contains(Cleanup.BOILERPLATE)) {
            changes.put(Cleanup.BOILERPLATE, CleanupSteps.boilerplate(blocks, language));
        }
        if (cleanups.contains(Cleanup.REJOIN) && !format.authorParagraphs()) {
            changes.put(Cleanup.REJOIN, CleanupSteps.rejoin(blocks, language));
        }
        List<List<RawBlock>> articles = cleanups.contains(Cleanup.ARTICLES) ? CleanupSteps.articles(blocks)
                : List.of(blocks);
        if (cleanups.contains(Cleanup.ARTICLES)) {
            changes.put(Cleanup.ARTICLES, articles.size() - 1);
        }
        List<List<RawBlock>> written = articles.stream().map(List::copyOf).toList();
        if (cleanups.contains(Cleanup.HEADINGS) && !format.authorParagraphs()) {
            changes.put(Cleanup.HEADINGS, articles.stream().mapToInt(CleanupSteps::headings).sum());
        }
        List<Document> documents = new ArrayList<>();
        List<Document> asWritten = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            String name = documents.isEmpty() ? id : id + "#" + (documents.size() + 1);
            Document document = DocumentBuilder.build(name, language, where, articles.get(a));
            if (!document.blocks().isEmpty()) {
                documents.add(document);
                asWritten.add(articles.get(a).equals(written.get(a)) ? document
                        : DocumentBuilder.build(name, language, where, written.get(a)));
            }
        }
        if (documents.isEmpty()) {
            throw new InputException(where + ": no text");
        }
        scripts.check(documents.getFirst()).ifPresent(warnings::add);
        return new Ingested(documents, asWritten, decoded.charset(), changes, warnings);
    }

    private static byte[] readBytes(Path file, String where) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(where + ": " + size + " bytes is over the " + MAX_BYTES + "-byte limit");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(where + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
