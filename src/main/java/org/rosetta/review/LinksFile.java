package org.rosetta.review;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.files.AtomicFile;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.Span;
import org.rosetta.model.UnitStatus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * A document's corrections file, {@code corpus/<collection>/<document>.links.tsv}: tab-separated, a header row,
 * one {@link StoredLink} per row, oldest change first, so it reads and diffs as plain text:
 * <pre>
 * change  replaced_by  status     changed               by     article  sentences
 * 3       0            corrected  2026-12-01T11:20:00Z  maria  udhr     en:13-14@9f2c01aa,03b4c5d6 fa:13@77e0a1b2
 * </pre>
 * Sentences are numbered as {@code segment} prints them; each carries its fingerprint after {@code @}. Written
 * atomically; never read through a symbolic link.
 */
public final class LinksFile {

    public static final String SUFFIX = ".links.tsv";
    private static final String[] HEADER = {"change", "replaced_by", "status", "changed", "by", "article",
            "sentences"};
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setCommentMarker('#').setHeader(HEADER)
            .setSkipHeaderRecord(true).get();

    private LinksFile() {
    }

    /** The corrections file of {@code document} in a collection folder. */
    public static Path of(Path collectionFolder, String document) {
        return collectionFolder.resolve(document + SUFFIX);
    }

    /** The rows of a corrections file, in file order; none when there is no file. */
    public static List<StoredLink> read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(file + ": not a regular file (a symbolic link is never read)");
        }
        List<StoredLink> links = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : FORMAT.parse(reader)) {
                links.add(parse(file, row));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return links;
    }

    /** Replaces the file with these rows; removes it when there are none. */
    public static void write(Path file, List<StoredLink> links) {
        try {
            if (links.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            try (AtomicFile out = AtomicFile.replacing(file); Writer writer = out.writer();
                 CSVPrinter printer = new CSVPrinter(writer, CSVFormat.TDF.builder().setHeader(HEADER).get())) {
                for (StoredLink link : links) {
                    printer.printRecord(link.change(), link.replacedBy(), link.status().tag(), link.changed(),
                            link.by(), link.article(), sentences(link));
                }
                printer.flush();
                out.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static StoredLink parse(Path file, CSVRecord row) {
        int line = (int) row.getParser().getCurrentLineNumber();
        String where = file + ":" + line;
        if (row.size() != HEADER.length) {
            throw new InputException(where + ": expected " + HEADER.length + " tab-separated fields, found "
                    + row.size());
        }
        try {
            UnitStatus status = UnitStatus.ofTag(row.get("status")).filter(s -> s != UnitStatus.ALIGNED)
                    .orElseThrow(() -> new IllegalArgumentException("status must be confirmed or corrected"));
            SequencedMap<Language, Span> sentences = new LinkedHashMap<>();
            Map<Language, List<String>> fingerprints = new HashMap<>();
            for (String part : row.get("sentences").strip().split("\\s+")) {
                int at = part.indexOf('@');
                String range = at < 0 ? part : part.substring(0, at);
                SequencedMap<Language, Span> one = SentenceRanges.parse(range);
                one.forEach(sentences::put);
                if (at >= 0) {
                    one.keySet().forEach(language -> fingerprints.put(language,
                            Arrays.asList(part.substring(at + 1).split(","))));
                }
            }
            return new StoredLink(Integer.parseInt(row.get("change")), Integer.parseInt(row.get("replaced_by")),
                    status, Instant.parse(row.get("changed")), row.get("by"), row.get("article"), sentences,
                    fingerprints, line);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InputException(where + ": " + e.getMessage());
        }
    }

    private static String sentences(StoredLink link) {
        StringBuilder text = new StringBuilder();
        link.sentences().forEach((language, span) -> {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(language.tag()).append(':').append(SentenceRanges.format(span));
            if (span.length() > 0) {
                text.append('@').append(String.join(",", link.fingerprints().get(language)));
            }
        });
        return text.toString();
    }
}
