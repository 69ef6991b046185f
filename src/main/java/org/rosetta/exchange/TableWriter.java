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
 * Writes a collection's units as CSV or TSV (Apache Commons CSV): a header row of the {@link TableColumn}s (unit id,
 * document, bead, confidence, status) then the language codes, one row per unit in the TMX's order, an empty cell
 * where a unit lacks a language, text cells neutralised against formula injection ({@link SpreadsheetSafety}).
 * Streams the collection's TMX.
 */
public final class TableWriter {

    /** {@code languages} empty: every language of the collection, in order of first appearance. */
    public ExportReport export(Path collectionTmx, TableExport options, TableFormat format, Path out) {
        return export(collectionTmx, options, format, out, units -> { });
    }

    /** {@link #export(Path, TableExport, TableFormat, Path)}, telling {@code unitsRead} how far it has read. */
    public ExportReport export(Path collectionTmx, TableExport options, TableFormat format, Path out,
                               java.util.function.LongConsumer unitsRead) {
        List<Language> columns = options.languages().isEmpty() ? languagesOf(collectionTmx) : options.languages();
        int[] counts = new int[2];
        try (AtomicFile file = AtomicFile.replacing(out);
             CSVPrinter printer = new CSVPrinter(file.writer(), format.csv())) {
            List<String> header = new ArrayList<>();
            for (TableColumn column : TableColumn.values()) {
                header.add(column.header());
            }
            columns.forEach(language -> header.add(language.tag()));
            printer.printRecord(header);
            TmxReader.readTranslationUnits(collectionTmx, unit -> {
                ExportReport.tell(unitsRead, ++counts[0]);
                if (!options.keeps(unit)) {
                    return;
                }
                List<String> row = new ArrayList<>(TableColumn.values().length + columns.size());
                for (TableColumn column : TableColumn.values()) {
                    row.add(column.of(unit));
                }
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
