package org.rosetta.corpus;

import org.rosetta.exchange.ExportReport;
import org.rosetta.exchange.MosesWriter;
import org.rosetta.exchange.PairExport;
import org.rosetta.exchange.PairTmxExporter;
import org.rosetta.exchange.TableFormat;
import org.rosetta.exchange.TableReader;
import org.rosetta.exchange.TableWriter;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.tmx.TmxReader;
import org.rosetta.tmx.TmxUnits;
import org.rosetta.tmx.TmxWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Exports a built collection for translation tools (TMX per pair, CSV/TSV, Moses) and imports other tools' TMX or
 * a spreadsheet as a collection that is indexed and searched like an aligned one. Everything streams from and to
 * the collection's TMX. Not thread-safe with a build of the same workspace.
 */
public final class Exchange {

    private final WorkspaceLayout layout;

    public Exchange(WorkspaceLayout layout) {
        this.layout = layout;
    }

    public ExportReport exportTmx(String collection, PairExport options, Path out) {
        return new PairTmxExporter().export(built(collection), options, out);
    }

    public ExportReport exportMoses(String collection, PairExport options, Path prefix) {
        return new MosesWriter().export(built(collection), options, prefix);
    }

    public ExportReport exportTable(String collection, List<Language> languages, TableFormat format, Path out) {
        return new TableWriter().export(built(collection), languages, format, out);
    }

    /**
     * Makes {@code tmx/<collection>.tmx} from a TMX, CSV or TSV file (by extension) and indexes it. A collection
     * built from {@code corpus/} cannot be replaced this way.
     */
    public ImportReport importFile(Path file, String collection) {
        if (Files.isDirectory(layout.corpus().resolve(collection))) {
            throw new CorpusException(collection + ": is built from corpus/" + collection + "; import under another name");
        }
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such file");
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Path tmx = layout.tmxOf(collection);
        Language source = firstUnit(file, extension, collection).sourceLanguage();
        int[] units = new int[1];
        TmxWriter.writeAtomically(tmx, TmxUnits.header(source, collection, Instant.now()),
                writer -> forEachUnit(file, extension, collection, unit -> {
                    writer.write(unit);
                    units[0]++;
                }));
        reindex(collection);
        return new ImportReport(collection, units[0], tmx);
    }

    /** Rebuilds the index of every collection that has a TMX, from the TMX alone; returns their names. */
    public List<String> reindexAll() {
        List<String> collections = new ArrayList<>();
        try (var files = Files.list(layout.tmx())) {
            for (Path tmx : files.filter(f -> f.getFileName().toString().endsWith(".tmx")).sorted().toList()) {
                String name = tmx.getFileName().toString();
                collections.add(name.substring(0, name.length() - ".tmx".length()));
            }
        } catch (java.io.IOException e) {
            throw new CorpusException(layout.tmx() + ": no TMX files to index (" + e.getMessage() + ")");
        }
        collections.forEach(this::reindex);
        return collections;
    }

    /** Rebuilds a collection's index from its TMX alone. */
    public void reindex(String collection) {
        Path tmx = built(collection);
        // The TMX was made from what the old index records, so the record stays true.
        String fingerprint = UnitIndexWriter.fingerprint(layout.index(), collection).orElse("tmx");
        new UnitIndexWriter(new LanguageAnalyzers()).writeAtomically(layout.index(), collection, fingerprint,
                sink -> TmxReader.readTranslationUnits(tmx, sink));
    }

    /** The file's first unit: its source language becomes the collection TMX's {@code srclang}. */
    private static TranslationUnit firstUnit(Path file, String extension, String collection) {
        List<TranslationUnit> first = new ArrayList<>(1);
        forEachUnit(file, extension, collection, unit -> {
            first.add(unit);
            throw new StopReading();
        });
        if (first.isEmpty()) {
            throw new CorpusException(file + ": no units to import");
        }
        return first.getFirst();
    }

    private static void forEachUnit(Path file, String extension, String collection,
                                    Consumer<TranslationUnit> sink) {
        try {
            if (extension.equals("tmx")) {
                TmxReader.readTranslationUnits(file, unit -> sink.accept(new TranslationUnit(unit.id(), collection,
                        unit.document(), unit.variants(), unit.beadType(), unit.confidence())));
            } else {
                TableFormat format = TableFormat.byExtension(extension).orElseThrow(() ->
                        new CorpusException(file + ": cannot import ." + extension + " (tmx, csv or tsv)"));
                new TableReader().read(file, format, collection, sink);
            }
        } catch (StopReading enough) {
            // the caller has what it needs
        }
    }

    private Path built(String collection) {
        Path tmx = layout.tmxOf(collection);
        if (!Files.isRegularFile(tmx)) {
            throw new CorpusException(collection + ": no such collection (no " + tmx + "; run build or import)");
        }
        return tmx;
    }

    /** Ends a streaming read early. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
