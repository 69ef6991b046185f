package org.rosetta.exchange;

import org.apache.commons.csv.CSVPrinter;
import org.rosetta.files.AtomicFile;
import org.rosetta.model.Language;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * Writes a collection's units as CSV or TSV (Apache Commons CSV): a header row of language codes, one row per unit,
 * an empty cell where a unit lacks a language, cells neutralised against formula injection
 * ({@link SpreadsheetSafety}). Streams the collection's TMX.
 */
public final class TableWriter {

    /** {@code languages} empty: every language of the collection, in order of first appearance. */
    public ExportReport export(Path collectionTmx, List<Language> languages, TableFormat format, Path out) {
        List<Language> columns = languages.isEmpty() ? languagesOf(collectionTmx) : languages;
        int[] counts = new int[2];
        try (AtomicFile file = AtomicFile.replacing(out);
             CSVPrinter printer = new CSVPrinter(file.writer(), format.csv())) {
            printer.printRecord(columns.stream().map(Language::tag).toList());
            TmxReader.readTranslationUnits(collectionTmx, unit -> {
                counts[0]++;
                List<String> row = new ArrayList<>(columns.size());
                boolean any = false;
                for (Language language : columns) {
                    String text = unit.text(language);
                    any |= text != null;
                    row.add(text == null ? "" : SpreadsheetSafety.neutralise(text));
                }
                if (any) {
                    print(printer, row);
                    counts[1]++;
                }
            });
            printer.flush();
            return new ExportReport(counts[0], counts[1], List.of(file.commit()));
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static List<Language> languagesOf(Path collectionTmx) {
        SequencedSet<Language> languages = new LinkedHashSet<>();
        TmxReader.readTranslationUnits(collectionTmx, unit -> languages.addAll(unit.variants().keySet()));
        return List.copyOf(languages);
    }

    private static void print(CSVPrinter printer, List<String> row) {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
