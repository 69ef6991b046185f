package org.rosetta.qa;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Terms and their renderings: a CSV (TSV for {@code .tsv}) whose header row names a language per column, one term
 * per row; several renderings in one cell are separated by {@code |}. Immutable.
 */
public final class Glossary {

    private final List<Map<Language, List<String>>> entries;

    private Glossary(List<Map<Language, List<String>>> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Glossary none() {
        return new Glossary(List.of());
    }

    public static Glossary read(Path file) {
        CSVFormat format = (file.toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? CSVFormat.TDF
                : CSVFormat.RFC4180).builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        List<Map<Language, List<String>>> entries = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            List<String> header = parser.getHeaderNames();
            for (CSVRecord row : parser) {
                Map<Language, List<String>> entry = new LinkedHashMap<>();
                for (int c = 0; c < Math.min(header.size(), row.size()); c++) {
                    List<String> terms = java.util.Arrays.stream(row.get(c).split("\\|")).map(String::strip)
                            .filter(t -> !t.isEmpty()).toList();
                    if (!terms.isEmpty()) {
                        entry.put(Language.of(header.get(c).strip()), terms);
                    }
                }
                entries.add(entry);
            }
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot read as a glossary (" + e.getMessage() + ")", e);
        }
        return new Glossary(entries);
    }

    List<Map<Language, List<String>>> entries() {
        return entries;
    }
}
