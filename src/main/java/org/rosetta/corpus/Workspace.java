package org.rosetta.corpus;

import org.rosetta.align.SignalAligner;
import org.rosetta.align.PivotAligner;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.TranslationUnit;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.tmx.TmxWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The main job over a workspace: for every collection under {@code corpus/}, read each document's language
 * versions, segment them, align them through the pivot into translation units, and write {@code tmx/<name>.tmx}
 * and the collection's index. A collection whose {@link Fingerprint} matches its index's is left as it is. Outputs
 * are replaced atomically. Not thread-safe: one build at a time.
 */
public final class Workspace {

    private final WorkspaceLayout layout;
    private final FileIngester ingester = new FileIngester();
    private final SentenceSegmenter segmenter = new IcuSentenceSegmenter();
    private final PivotAligner aligner = new PivotAligner(new SignalAligner());
    private final UnitAssembler assembler = new UnitAssembler();

    public Workspace(WorkspaceLayout layout) {
        this.layout = layout;
    }

    public WorkspaceLayout layout() {
        return layout;
    }

    /** Builds every collection (or the one the options name); {@code progress} hears one line per collection. */
    public BuildReport build(BuildOptions options, Consumer<String> progress) {
        long start = System.nanoTime();
        List<CollectionReport> reports = new ArrayList<>();
        UnitIndexWriter indexWriter = new UnitIndexWriter(new LanguageAnalyzers());
        for (Path folder : collectionFolders(options)) {
            Collection collection = Collection.scan(folder);
            String fingerprint = Fingerprint.of(collection, options.pivot());
            CollectionReport report = isUnchanged(collection, fingerprint, options)
                    ? unchanged(collection)
                    : build(collection, fingerprint, options, indexWriter);
            progress.accept(report.name() + ": " + report.status().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + report.units() + " units");
            reports.add(report);
        }
        return new BuildReport(reports, Duration.ofNanos(System.nanoTime() - start));
    }

    private boolean isUnchanged(Collection collection, String fingerprint, BuildOptions options) {
        return options.rebuild() == BuildOptions.Rebuild.CHANGED
                && Files.isRegularFile(layout.tmxOf(collection.name()))
                && UnitIndexWriter.fingerprint(layout.index(), collection.name()).filter(fingerprint::equals).isPresent();
    }

    private CollectionReport unchanged(Collection collection) {
        return new CollectionReport(collection.name(), CollectionReport.Status.UNCHANGED,
                collection.documents().size(), new TreeMap<>(), UnitIndexWriter.unitCount(layout.index(),
                collection.name()), layout.tmxOf(collection.name()), List.of());
    }

    private CollectionReport build(Collection collection, String fingerprint, BuildOptions options,
                                   UnitIndexWriter indexWriter) {
        List<TranslationUnit> units = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SortedMap<Language, Integer> sentences = new TreeMap<>();
        Language sourceLanguage = null;
        for (var document : collection.documents().entrySet()) {
            // A file may hold several articles: its versions are grouped by article (udhr, udhr#2, ...).
            SortedMap<String, List<SegmentedDocument>> articles = new TreeMap<>();
            for (CorpusFile file : document.getValue()) {
                Ingested ingested = ingester.ingest(file.path(), file.document(), file.language(), file.format());
                warnings.addAll(ingested.warnings());
                for (Document article : ingested.documents()) {
                    SegmentedDocument segmented = segmenter.segment(article);
                    sentences.merge(file.language(), segmented.size(), Integer::sum);
                    articles.computeIfAbsent(article.id(), a -> new ArrayList<>()).add(segmented);
                }
            }
            for (var article : articles.entrySet()) {
                List<SegmentedDocument> versions = article.getValue();
                SegmentedDocument pivot = versions.stream().filter(v -> v.language().equals(options.pivot()))
                        .findFirst().orElse(versions.getFirst());
                sourceLanguage = sourceLanguage == null ? pivot.language() : sourceLanguage;
                MultiAlignment alignment = aligner.align(pivot, versions.stream().filter(v -> v != pivot).toList());
                units.addAll(assembler.assemble(collection.name(), article.getKey(), alignment));
            }
        }
        Path tmx = layout.tmxOf(collection.name());
        TmxWriter.writeTranslationUnits(tmx, sourceLanguage == null ? options.pivot() : sourceLanguage,
                collection.name(), units);
        indexWriter.writeAtomically(layout.index(), collection.name(), fingerprint, units);
        return new CollectionReport(collection.name(), CollectionReport.Status.BUILT, collection.documents().size(),
                sentences, units.size(), tmx, warnings);
    }

    private List<Path> collectionFolders(BuildOptions options) {
        if (!Files.isDirectory(layout.corpus())) {
            throw new CorpusException(layout.corpus() + ": no corpus folder here (expected corpus/<collection>/)");
        }
        if (options.collection().isPresent()) {
            Path folder = layout.corpus().resolve(options.collection().get());
            if (!Files.isDirectory(folder)) {
                throw new CorpusException(folder + ": no such collection");
            }
            return List.of(folder);
        }
        try (Stream<Path> folders = Files.list(layout.corpus())) {
            return folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(layout.corpus() + ": cannot list (" + e.getMessage() + ")", e);
        }
    }
}
