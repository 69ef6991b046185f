package org.rosetta.corpus;

import org.rosetta.exchange.ExportReport;
import org.rosetta.exchange.MosesWriter;
import org.rosetta.exchange.PairExport;
import org.rosetta.exchange.PairTmxExporter;
import org.rosetta.exchange.TableExport;
import org.rosetta.exchange.TableFormat;
import org.rosetta.exchange.TableReader;
import org.rosetta.exchange.TableWriter;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.RosettaException;
import org.rosetta.model.TranslationUnit;
import org.rosetta.tmx.ImportedTmx;
import org.rosetta.tmx.TmxHeader;
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
import java.util.function.LongConsumer;

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

    /**
     * Writes one language pair as TMX to {@code out}, which may not be one of the workspace's own files;
     * {@code unitsRead} hears the units read so far every {@value ExportReport#PROGRESS_EVERY}.
     */
    public ExportReport exportTmx(CollectionName collection, PairExport options, Path out, LongConsumer unitsRead) {
        return new PairTmxExporter().export(built(collection), options, layout.checkOutput(out, "--out"),
                unitsRead);
    }

    public ExportReport exportTmx(CollectionName collection, PairExport options, Path out) {
        return exportTmx(collection, options, out, units -> { });
    }

    /** Writes {@code prefix.SOURCE} and {@code prefix.TARGET}, neither of them one of the workspace's own files. */
    public ExportReport exportMoses(CollectionName collection, PairExport options, Path prefix,
                                    LongConsumer unitsRead) {
        Path checked = layout.checkPrefix(prefix, "--out");
        // exactly the files it writes
        MosesWriter.files(options, checked).forEach(file -> layout.checkOutput(file, "--out"));
        return new MosesWriter().export(built(collection), options, checked, unitsRead);
    }

    public ExportReport exportMoses(CollectionName collection, PairExport options, Path prefix) {
        return exportMoses(collection, options, prefix, units -> { });
    }

    public ExportReport exportTable(CollectionName collection, TableExport options, TableFormat format,
                                    Path out, LongConsumer unitsRead) {
        return new TableWriter().export(built(collection), options, format, layout.checkOutput(out, "--out"),
                unitsRead);
    }

    /**
     * Makes {@code tmx/<collection>.tmx} from a TMX, CSV or TSV file (by extension) and indexes it. A collection
     * built from {@code corpus/} cannot be replaced this way. Runs under the workspace's write lock; when indexing
     * fails, the TMX is put back as it was (or removed when the collection is new), so nothing is left behind.
     */
    public ImportReport importFile(Path file, CollectionName collection) {
        return importFile(file, collection, (pass, units) -> { });
    }

    /**
     * {@link #importFile(Path, CollectionName)}, telling {@code unitsRead} which pass it is in and how many units
     * that pass has read so far every {@value ExportReport#PROGRESS_EVERY} units and at its end (the TMX written,
     * then the index).
     */
    public ImportReport importFile(Path file, CollectionName collection,
                                   java.util.function.ObjLongConsumer<ImportReport.Pass> unitsRead) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(layout)) {
            Leftovers.clean(layout);
            return importLocked(file, collection, unitsRead);
        }
    }

    private ImportReport importLocked(Path file, CollectionName collection,
                                      java.util.function.ObjLongConsumer<ImportReport.Pass> unitsRead) {
        if (Files.isDirectory(layout.folderOf(collection))) {
            throw new CorpusException(collection + ": is built from corpus/" + collection
                    + "; import under another name");
        }
        for (CollectionName existing : tmxCollections()) {
            if (!existing.equals(collection) && existing.value().equalsIgnoreCase(collection.value())) {
                throw new CorpusException(RosettaException.Kind.CONFLICT, collection + ": differs from the"
                        + " collection " + existing + " only in case, which some file systems do not tell apart;"
                        + " choose another name");
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such file");
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Path tmx = layout.tmxOf(collection);
        Language source = firstUnit(file, extension, collection.value()).sourceLanguage();
        int[] units = new int[1];
        Path previous = keepCopy(tmx);
        try {
            // a TMX's every unit as the file writes it (inline codes, notes and props kept); a table's as read
            boolean memory = extension.equals("tmx");
            TmxHeader rosetta = TmxUnits.header(source, collection.value(), Instant.now());
            Runnable counted = () -> ExportReport.tell(read -> unitsRead.accept(ImportReport.Pass.TMX, read),
                    ++units[0]);
            TmxWriter.writeAtomically(tmx, memory ? ImportedTmx.header(file, collection.value(), rosetta) : rosetta,
                    writer -> {
                        if (memory) {
                            TmxReader.read(file, unit -> {
                                writer.write(ImportedTmx.unit(unit, collection.value()));
                                counted.run();
                            });
                        } else {
                            forEachUnit(file, extension, collection.value(), unit -> {
                                writer.write(unit);
                                counted.run();
                            });
                        }
                    });
            unitsRead.accept(ImportReport.Pass.TMX, units[0]);
            reindexLocked(collection, indexed -> unitsRead.accept(ImportReport.Pass.INDEX, indexed));
        } catch (RuntimeException e) {
            restore(previous, tmx);
            throw e;
        } finally {
            deleteQuietly(previous);
        }
        return new ImportReport(collection.value(), units[0], tmx);
    }

    /** A hard link (or, where links are refused, a copy) of the TMX an import may replace; null when none. */
    private static Path keepCopy(Path tmx) {
        if (!Files.isRegularFile(tmx)) {
            return null;
        }
        Path copy = tmx.resolveSibling("." + tmx.getFileName() + "." + ProcessHandle.current().pid() + "-prev.part");
        try {
            Files.deleteIfExists(copy);
            try {
                Files.createLink(copy, tmx);
            } catch (UnsupportedOperationException | java.io.IOException e) {
                Files.copy(tmx, copy);
            }
            return copy;
        } catch (java.io.IOException e) {
            throw new CorpusException(RosettaException.Kind.IO, tmx + ": cannot keep a copy (" + e.getMessage()
                    + ")");
        }
    }

    private static void restore(Path previous, Path tmx) {
        try {
            if (previous == null) {
                Files.deleteIfExists(tmx);
            } else {
                Files.move(previous, tmx, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException ignored) {
            // the original failure is what the user needs to hear
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        } catch (java.io.IOException ignored) {
            // a leftover .part, cleaned by the next writer
        }
    }

    /**
     * Rebuilds the index of every collection that has a TMX, from the TMX alone, under the write lock. A TMX that
     * cannot be indexed fails its collection, not the others: the exception thrown at the end names each.
     *
     * @return the collections indexed, in name order
     */
    public List<String> reindexAll() {
        return reindexAll((collection, units) -> { });
    }

    /** {@link #reindexAll()}, telling {@code unitsRead} each collection's units indexed so far. */
    public List<String> reindexAll(java.util.function.ObjLongConsumer<String> unitsRead) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(layout)) {
            Leftovers.clean(layout);
            List<String> done = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (CollectionName collection : tmxCollections()) {
                try {
                    reindexLocked(collection, units -> unitsRead.accept(collection.value(), units));
                    done.add(collection.value());
                } catch (RosettaException | java.io.UncheckedIOException | IllegalStateException e) {
                    failures.add(collection + ": " + e.getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new CorpusException(RosettaException.Kind.INPUT, "indexed " + done.size() + ", failed "
                        + String.join("; ", failures));
            }
            return done;
        }
    }

    /** The collections with a TMX under {@code tmx/} (built or imported), in name order; none when there is no tmx/. */
    public List<CollectionName> builtCollections() {
        return Files.isDirectory(layout.tmx()) ? tmxCollections() : List.of();
    }

    private List<CollectionName> tmxCollections() {
        List<CollectionName> collections = new ArrayList<>();
        try (var files = Files.list(layout.tmx())) {
            for (Path tmx : files.filter(f -> f.getFileName().toString().endsWith(".tmx")).sorted().toList()) {
                String name = tmx.getFileName().toString();
                String collection = name.substring(0, name.length() - ".tmx".length());
                if (CollectionName.isValid(collection)) {
                    collections.add(CollectionName.of(collection));
                }
            }
        } catch (java.io.IOException e) {
            throw new CorpusException(layout.tmx() + ": no TMX files to index (" + e.getMessage() + ")");
        }
        return collections;
    }

    /** The fingerprint an imported collection's index records in place of what a build made it from. */
    static final String IMPORTED = "imported";

    /** Whether an index's fingerprint marks an import ({@code tmx} is what earlier versions recorded). */
    static boolean isImported(String fingerprint) {
        return fingerprint.equals(IMPORTED) || fingerprint.equals("tmx");
    }

    /**
     * A collection with outputs under {@code tmx/}: its name, units and documents indexed, the languages with
     * text (tag order), when its TMX was last written, and where it comes from.
     */
    public record Built(String name, int units, int documents, List<Language> languages,
                        java.time.Instant written, Origin origin) {
        public Built {
            languages = List.copyOf(languages);
        }

        /** Where it comes from, as {@code collections} lists it: {@code corpus/NAME}, and so on. */
        public String source() {
            return switch (origin) {
                case CORPUS -> "corpus/" + name;
                case FOLDER_GONE -> "corpus/" + name + " (folder gone; 'remove " + name + "' takes it out)";
                case IMPORTED -> "imported";
            };
        }
    }

    /** Where a built collection comes from. */
    public enum Origin {
        /** A folder under {@code corpus/}. */
        CORPUS,
        /** A folder under {@code corpus/} that has since been removed: its TMX and index are still searched. */
        FOLDER_GONE,
        /** A TMX or table given to {@code import}. */
        IMPORTED;

        /** As {@code collections --format json} writes it: {@code corpus}, {@code folder-gone}, {@code imported}. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Every collection with a TMX, in name order. */
    public List<Built> collections() {
        List<Built> built = new ArrayList<>();
        for (CollectionName c : builtCollections()) {
            UnitIndexWriter.Summary summary = UnitIndexWriter.summary(layout.index(), c.value());
            java.time.Instant written;
            try {
                written = Files.getLastModifiedTime(layout.tmxOf(c)).toInstant();
            } catch (java.io.IOException e) {
                written = java.time.Instant.EPOCH;
            }
            built.add(new Built(c.value(), summary.units(), summary.documents().size(), summary.languages(), written,
                    originOf(c)));
        }
        return built;
    }

    private Origin originOf(CollectionName collection) {
        if (Files.isDirectory(layout.folderOf(collection))) {
            return Origin.CORPUS;
        }
        return UnitIndexWriter.fingerprint(layout.index(), collection.value()).filter(f -> !isImported(f))
                .isPresent() ? Origin.FOLDER_GONE : Origin.IMPORTED;
    }

    /** The languages with text in a built collection's index, in tag order (none when it has no index). */
    public List<Language> languagesOf(CollectionName collection) {
        return UnitIndexWriter.summary(layout.index(), collection.value()).languages();
    }

    /**
     * Removes an imported collection's TMX and index, under the write lock, so it is no longer searched. A
     * collection built from {@code corpus/} is refused (the next build would bring it back): remove its folder
     * there first. Only an index Rosetta wrote is deleted.
     */
    public void remove(CollectionName collection) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(layout)) {
            Leftovers.clean(layout);
            if (Files.isDirectory(layout.folderOf(collection))) {
                throw new CorpusException(RosettaException.Kind.USAGE, collection + ": is built from corpus/"
                        + collection + "; remove that folder, then run remove again");
            }
            Path tmx = built(collection);
            UnitIndexWriter.delete(layout.index(), collection.value());
            Files.delete(tmx);
        } catch (java.io.IOException e) {
            throw new CorpusException(RosettaException.Kind.IO, collection + ": cannot remove (" + e.getMessage()
                    + ")");
        }
    }

    /**
     * Rebuilds a collection's index from its TMX alone, under the write lock, telling {@code unitsRead} the units
     * indexed so far, as an import does.
     */
    public void reindex(CollectionName collection, java.util.function.LongConsumer unitsRead) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(layout)) {
            Leftovers.clean(layout);
            reindexLocked(collection, unitsRead);
        }
    }

    private void reindexLocked(CollectionName collection, java.util.function.LongConsumer unitsRead) {
        Path tmx = built(collection);
        // The TMX was made from what the old index records, so the record stays true; a collection with no record
        // was imported, and says so (build will not replace it).
        String fingerprint = UnitIndexWriter.fingerprint(layout.index(), collection.value()).orElse(IMPORTED);
        long[] units = new long[1];
        new UnitIndexWriter(new LanguageAnalyzers()).writeAtomically(layout.index(), collection.value(), fingerprint,
                sink -> TmxReader.readTranslationUnits(tmx, unit -> {
                    sink.accept(unit);
                    ExportReport.tell(unitsRead, ++units[0]);
                }));
        unitsRead.accept(units[0]);
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
                        unit.document(), unit.variants(), unit.beadType(), unit.confidence(),
                        new java.util.LinkedHashMap<>(), java.util.Optional.empty(), unit.links())));
            } else {
                TableFormat format = TableFormat.byExtension(extension).orElseThrow(() ->
                        new CorpusException(file + ": cannot import ." + extension + " (tmx, csv or tsv)"));
                new TableReader().read(file, format, collection, sink);
            }
        } catch (StopReading enough) {
            // the caller has what it needs
        }
    }

    private Path built(CollectionName collection) {
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
