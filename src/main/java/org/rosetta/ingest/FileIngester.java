package org.rosetta.ingest;

import org.rosetta.model.Document;
import org.rosetta.model.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file into a {@link Document}: decodes it, picks the reader by extension, checks the script. Files over
 * {@link #MAX_BYTES} are refused rather than read into memory. Thread-safe.
 */
public final class FileIngester {

    /** Statements are small; anything larger than this is not one. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final TextDecoder decoder = new TextDecoder();
    private final ScriptChecker scripts = new ScriptChecker();

    public Ingested ingest(Path file, String id, Language language, DocumentFormat format) {
        String source = file.toString();
        byte[] bytes = readBytes(file, source);
        if (bytes.length == 0) {
            throw new InputException(source + ": empty file");
        }
        Decoded decoded = decoder.decode(bytes, source, language);
        List<String> warnings = new ArrayList<>();
        if (decoded.guessed()) {
            warnings.add(source + ": encoding guessed as " + decoded.charset());
        }
        Document document = format.reader().read(decoded.text(), id, language, source);
        scripts.check(document).ifPresent(warnings::add);
        return new Ingested(document, warnings);
    }

    private static byte[] readBytes(Path file, String source) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(source + ": " + size + " bytes is over the " + MAX_BYTES + "-byte limit");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
