package org.rosetta.exchange;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Reads CSV or TSV whose header row names the languages ({@code en,fr,fa}) into units of one collection, streaming:
 * ids {@code <collection>-<row>}, one sentence per non-empty cell, neutralised cells restored. A header cell that
 * is not a language tag, or a row longer than the header, is an error naming the file and line.
 */
public final class TableReader {

    public int read(Path file, TableFormat format, String collection, Consumer<TranslationUnit> sink) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format.csv())) {
            List<Language> languages = null;
            int units = 0;
            for (CSVRecord record : parser) {
                if (languages == null) {
                    languages = header(record, file);
                    continue;
                }
                if (record.size() > languages.size()) {
                    throw new InputException(file + ":" + record.getRecordNumber() + ": " + record.size()
                            + " cells, the header names " + languages.size() + " languages");
                }
                SequencedMap<Language, String> variants = new LinkedHashMap<>();
                StringJoiner bead = new StringJoiner("-");
                for (int i = 0; i < record.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        variants.put(languages.get(i), SpreadsheetSafety.restore(record.get(i)));
                        bead.add("1");
                    }
                }
                if (!variants.isEmpty()) {
                    units++;
                    sink.accept(new TranslationUnit(collection + "-" + units, collection, file.getFileName()
                            .toString(), variants, bead.toString(), 1.0));
                }
            }
            if (languages == null) {
                throw new InputException(file + ": empty; expected a header row of languages");
            }
            return units;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Language> header(CSVRecord record, Path file) {
        List<Language> languages = new ArrayList<>();
        for (String cell : record) {
            try {
                languages.add(Language.of(cell.replace("\uFEFF", "")));
            } catch (IllegalArgumentException e) {
                throw new InputException(file + ":1: header cell '" + cell + "' is not a language tag");
            }
        }
        if (languages.stream().distinct().count() != languages.size()) {
            throw new InputException(file + ":1: a language appears twice in the header");
        }
        return languages;
    }
}
