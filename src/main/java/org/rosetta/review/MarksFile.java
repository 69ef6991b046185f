package org.rosetta.review;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.files.AtomicFile;
import org.rosetta.model.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks in and out: the JSON file the review page saves ({@code {"rosetta": "marks", "version": 1, "collection":
 * ..., "marks": [{"unit", "document", "sentences", "mark", "comment"}]}}), and a document's stored marks beside
 * its corrections, {@code corpus/<collection>/<document>.marks.tsv} (tab-separated: changed, by, document, mark,
 * sentences, unit, comment), which {@code review --marked} lists. Stored files are written atomically.
 */
public final class MarksFile {

    public static final String SUFFIX = ".marks.tsv";
    private static final String[] HEADER = {"changed", "by", "document", "mark", "sentences", "unit", "comment"};

    private MarksFile() {
    }

    /** The collection a page's marks file names, and its marks; one-line errors name the file. */
    public record Saved(String collection, List<Mark> marks) {
    }

    public static Saved readJson(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!"marks".equals(root.path("rosetta").asString(""))) {
                throw new InputException(file + ": not a Rosetta marks file (no \"rosetta\": \"marks\")");
            }
            List<Mark> marks = new ArrayList<>();
            for (JsonNode node : root.path("marks")) {
                String tag = node.path("mark").asString("");
                Mark.Kind kind = Mark.Kind.ofTag(tag).orElseThrow(() -> new InputException(file + ": mark '" + tag
                        + "' is not confirmed, wrong or comment"));
                marks.add(new Mark(node.path("unit").asString(""), node.path("document").asString(""),
                        node.path("sentences").asString(""), kind, node.path("comment").asString("")));
            }
            return new Saved(root.path("collection").asString(""), marks);
        } catch (JacksonException e) {
            throw new InputException(file + ": not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The stored marks of a document: {changed, by, document, mark, sentences, unit, comment} per row. */
    public static List<String[]> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.TDF.builder().setHeader(HEADER).setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                rows.add(row.values());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    /**
     * Adds marks to a document's stored marks; a mark stored already (the same document, kind, sentences, unit and
     * comment: the same file imported twice) is not added again.
     */
    public static void append(Path file, List<Mark> marks, String by, Instant now) {
        List<String[]> rows = new ArrayList<>(read(file));
        java.util.Set<List<String>> stored = new java.util.HashSet<>();
        rows.forEach(row -> stored.add(List.of(row).subList(2, row.length)));
        for (Mark mark : marks) {
            String[] row = {now.toString(), by, mark.document(), mark.kind().tag(), mark.sentences(), mark.unit(),
                    mark.comment()};
            if (stored.add(List.of(row).subList(2, row.length))) {
                rows.add(row);
            }
        }
        try (AtomicFile out = AtomicFile.replacing(file); Writer writer = out.writer();
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.TDF.builder().setHeader(HEADER).get())) {
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
            printer.flush();
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
