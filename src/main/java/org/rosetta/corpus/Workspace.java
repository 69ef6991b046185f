package org.rosetta.corpus;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.Constraints;
import org.rosetta.align.Dictionary;
import org.rosetta.align.PivotAligner;
import org.rosetta.align.SignalAligner;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.RosettaException;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.TranslationUnit;
import org.rosetta.review.Corrections;
import org.rosetta.review.LinksFile;
import org.rosetta.review.StoredLink;
import org.rosetta.tmx.TmxWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main job over a workspace: for every collection under {@code corpus/}, read each document's language
 * versions, segment them, align them through the pivot into translation units, and write {@code tmx/<name>.tmx}
 * and the collection's index. A collection whose {@link Fingerprint} matches its index's is left as it is. Outputs
 * are replaced atomically. Not thread-safe: one build at a time.
 */
public final class Workspace {

    private final WorkspaceLayout layout;
    private final VersionReader reader = new VersionReader();
    /** The aligner of a build without dictionaries. */
    private final PivotAligner aligner = new PivotAligner(new SignalAligner());
    private final UnitAssembler assembler = new UnitAssembler();

    public Workspace(WorkspaceLayout layout) {
        this.layout = layout;
    }

    public WorkspaceLayout layout() {
        return layout;
    }

    /**
     * Builds every collection (or the one the options name) under the workspace's write lock, first removing what
     * an interrupted writer left; {@code progress} hears each document read and each stage of each collection. A
     * file that cannot be read fails its document, and a collection that cannot be written fails itself: the rest
     * is built and the report lists each failure.
     */
    public BuildReport build(BuildOptions options, Consumer<BuildStep> progress) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(layout)) {
            return buildHoldingLock(options, progress);
        }
    }

    /** {@link #build}, for a caller that holds the workspace's write lock already. */
    BuildReport buildHoldingLock(BuildOptions options, Consumer<BuildStep> progress) {
        long start = System.nanoTime();
        Leftovers.clean(layout);
        List<CollectionReport> reports = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // dictionaries read once for every collection, before any: one that cannot be read fails the build
        Run run = new Run(options, Fingerprint.ofDictionaries(options.dictionaries()),
                alignerFor(options.dictionaries()), new UnitIndexWriter(new LanguageAnalyzers()), progress);
        for (Path folder : collectionFolders(options.collection(), options.links(), warnings)) {
            RosettaException.checkCancelled();
            CollectionReport report = buildOrKeep(Collection.scan(folder, options.links()), run);
            progress.accept(new BuildStep(report.name(), BuildStep.Stage.DONE, report.units(), report.units()));
            reports.add(report);
        }
        if (options.collection().isEmpty()) {
            warnings.addAll(orphans());
        }
        return new BuildReport(reports, warnings, Duration.ofNanos(System.nanoTime() - start));
    }

    /** One build's options and what it builds with: its dictionaries' digest ({@link Fingerprint#ofDictionaries}). */
    private record Run(BuildOptions options, String dictionaries, PivotAligner aligner, UnitIndexWriter indexWriter,
                       Consumer<BuildStep> progress) {
    }

    /**
     * The aligner of a build: learning from the dictionaries given as well, read once for every collection
     * ({@link AlignerSettings#withDictionary}).
     */
    private PivotAligner alignerFor(List<Path> dictionaries) {
        if (dictionaries.isEmpty()) {
            return aligner;
        }
        try {
            return new PivotAligner(new SignalAligner(AlignerSettings.defaults()
                    .withDictionary(Dictionary.readAll(dictionaries))));
        } catch (IllegalArgumentException e) {
            throw new CorpusException(RosettaException.Kind.INPUT, e.getMessage());
        }
    }

    private CollectionReport buildOrKeep(Collection collection, Run run) {
        BuildOptions options = run.options();
        CollectionName name = CollectionName.of(collection.name());
        try {
            if (UnitIndexWriter.fingerprint(layout.index(), name.value()).filter(Exchange::isImported).isPresent()) {
                throw new CorpusException(RosettaException.Kind.CONFLICT, layout.folderOf(name) + ": a collection "
                        + name + " was imported; it is kept (remove " + name + " first to build this folder)");
            }
            String fingerprint = Fingerprint.of(collection, options.pivot(), run.dictionaries());
            Optional<BuildStamp> stamp = UnitIndexWriter.fingerprint(layout.index(), name.value())
                    .map(BuildStamp::parse);
            boolean handEdited = stamp.filter(s -> s.editedSince(layout.tmxOf(name))).isPresent();
            if (isUnchanged(name, stamp, fingerprint, options)) {
                return unchanged(collection, name, handEdited);
            }
            CollectionReport built = build(collection, name, fingerprint, run, handEdited);
            List<Path> dropped = stamp.map(BuildStamp::dictionaries).orElse(List.of()).stream()
                    .filter(d -> !options.dictionaries().contains(d)).toList();
            return dropped.isEmpty() ? built : built.withWarning(name + ": built with " + dropped.stream()
                    .map(Path::toString).collect(Collectors.joining(", "))
                    + " before; built without now (--dictionary keeps a dictionary)");
        } catch (RosettaException | UncheckedIOException e) {
            if (e instanceof RosettaException cancelled && cancelled.kind() == RosettaException.Kind.CANCELLED) {
                throw cancelled;
            }
            return new CollectionReport(collection.name(), CollectionReport.Status.FAILED,
                    collection.documents().size(), new TreeMap<>(), 0, layout.tmxOf(name), collection.warnings(),
                    List.of(e.getMessage()));
        }
    }

    private boolean isUnchanged(CollectionName name, Optional<BuildStamp> stamp, String fingerprint,
                                BuildOptions options) {
        return options.rebuild() == BuildOptions.Rebuild.CHANGED
                && Files.isRegularFile(layout.tmxOf(name))
                && stamp.filter(s -> s.inputs().equals(fingerprint)
                        && s.dictionaries().equals(options.dictionaries())).isPresent();
    }

    private CollectionReport unchanged(Collection collection, CollectionName name, boolean handEdited) {
        List<String> warnings = new ArrayList<>(collection.warnings());
        if (handEdited) {
            warnings.add(layout.tmxOf(name) + ": edited by hand since it was built; search does not show the edit,"
                    + " and the next rebuild sets the file aside (corrections belong in " + layout.folderOf(name)
                    + "/*" + LinksFile.SUFFIX + ": see review, merge, split)");
        }
        return new CollectionReport(collection.name(), CollectionReport.Status.UNCHANGED,
                collection.documents().size(), new TreeMap<>(), UnitIndexWriter.unitCount(layout.index(),
                name.value()), layout.tmxOf(name), warnings, List.of());
    }

    /** Moves a hand-edited TMX out of the way of the build, so the edit is not lost; says where it went. */
    private String setAside(Path tmx, CollectionName name) {
        Path aside = tmx.resolveSibling(tmx.getFileName() + ".edited-" + java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss").format(java.time.LocalDateTime.now()));
        try {
            Files.move(tmx, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(tmx + ": edited by hand and cannot be set aside (" + e.getMessage()
                    + "); nothing was built", e);
        }
        return tmx + ": edited by hand since it was built; kept as " + aside + " (the build replaces " + tmx
                .getFileName() + "; corrections belong in " + layout.folderOf(name) + "/*" + LinksFile.SUFFIX
                + ": see review, merge, split)";
    }

    private CollectionReport build(Collection collection, CollectionName name, String fingerprint, Run run,
                                   boolean handEdited) {
        BuildOptions options = run.options();
        Consumer<BuildStep> progress = run.progress();
        List<TranslationUnit> units = new ArrayList<>();
        List<String> warnings = new ArrayList<>(collection.warnings());
        List<String> failures = new ArrayList<>();
        SortedMap<Language, Integer> sentences = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        List<Corrections> corrections = new ArrayList<>();
        List<PivotAligner.Versions> documents = new ArrayList<>();
        Path folder = layout.folderOf(name);
        int read = 0;
        for (var document : collection.documents().entrySet()) {
            RosettaException.checkCancelled();
            progress.accept(new BuildStep(collection.name(), BuildStep.Stage.READING, read++,
                    collection.documents().size()));
            SortedMap<String, List<SegmentedDocument>> articles;
            List<StoredLink> links;
            Path linksFile = LinksFile.of(folder, document.getKey());
            try {
                articles = read(document.getValue(), warnings);
                links = LinksFile.read(linksFile);
            } catch (RosettaException | UncheckedIOException e) {
                failures.add(e.getMessage()); // this document fails; the others are built
                continue;
            }
            for (var article : articles.entrySet()) {
                List<SegmentedDocument> versions = article.getValue();
                versions.forEach(v -> sentences.merge(v.language(), v.size(), Integer::sum));
                SegmentedDocument pivot = versions.stream().filter(v -> v.language().equals(options.pivot()))
                        .findFirst().orElse(versions.getFirst());
                Corrections fixed = Corrections.place(linksFile, links, article.getKey(), byLanguage(versions));
                warnings.addAll(fixed.problems());
                List<SegmentedDocument> others = versions.stream().filter(v -> v != pivot).toList();
                List<String> problems = new ArrayList<>();
                List<Constraints> constraints = others.stream()
                        .map(o -> fixed.constraints(pivot.language(), o.language(), problems)).toList();
                problems.forEach(p -> warnings.add(linksFile + ": " + p));
                ids.add(article.getKey());
                corrections.add(fixed);
                documents.add(new PivotAligner.Versions(pivot, others, constraints));
            }
        }
        // All documents at once: the aligner learns from every pair of the same two languages.
        progress.accept(new BuildStep(collection.name(), BuildStep.Stage.ALIGNING, 0, documents.size()));
        List<MultiAlignment> alignments = run.aligner().alignAll(documents);
        RosettaException.checkCancelled();
        progress.accept(new BuildStep(collection.name(), BuildStep.Stage.WRITING, documents.size(),
                documents.size()));
        for (int d = 0; d < documents.size(); d++) {
            Corrections fixed = corrections.get(d);
            for (TranslationUnit unit : assembler.assemble(collection.name(), ids.get(d), alignments.get(d))) {
                units.add(fixed.revisionOf(unit.sentences()).map(unit::revised).orElse(unit));
            }
        }
        Language sourceLanguage = documents.isEmpty() ? null : documents.getFirst().pivot().language();
        Path tmx = layout.tmxOf(name);
        if (handEdited) {
            warnings.add(setAside(tmx, name));
        }
        TmxWriter.writeTranslationUnits(tmx, sourceLanguage == null ? options.pivot() : sourceLanguage,
                collection.name(), units);
        // A collection with a failed document is rebuilt next time, whatever else changed.
        run.indexWriter().writeAtomically(layout.index(), name.value(), failures.isEmpty()
                ? BuildStamp.of(fingerprint, tmx, options.dictionaries()).format()
                : BuildStamp.incomplete(options.dictionaries()).format(), units);
        return new CollectionReport(collection.name(), CollectionReport.Status.BUILT, collection.documents().size(),
                sentences, units.size(), tmx, warnings, failures);
    }

    static java.util.Map<Language, SegmentedDocument> byLanguage(List<SegmentedDocument> versions) {
        java.util.Map<Language, SegmentedDocument> map = new java.util.HashMap<>();
        versions.forEach(v -> map.put(v.language(), v));
        return map;
    }

    /** A document's versions, grouped by article, as {@link VersionReader} reads them. */
    SortedMap<String, List<SegmentedDocument>> read(List<CorpusFile> files, List<String> warnings) {
        return reader.read(files, warnings);
    }

    /**
     * One line per built (not imported) collection whose folder under {@code corpus/} is gone: its TMX and index
     * stay searchable until {@code remove} takes them out, which the line says.
     */
    private List<String> orphans() {
        List<String> lines = new ArrayList<>();
        for (CollectionName name : new Exchange(layout).builtCollections()) {
            boolean imported = UnitIndexWriter.fingerprint(layout.index(), name.value()).filter(Exchange::isImported)
                    .isPresent();
            if (!imported && !Files.isDirectory(layout.folderOf(name))) {
                lines.add(layout.tmxOf(name) + ": " + layout.folderOf(name) + " is gone; its TMX and index are still"
                        + " searched ('remove " + name.value() + "' takes them out)");
            }
        }
        return lines;
    }

    /** The collections under {@code corpus/} that a build would read (valid names, no links), in name order. */
    public List<CollectionName> corpusCollections() {
        return corpusCollections(BuildOptions.Links.SKIP);
    }

    /** The collections under {@code corpus/} a build with these {@code links} would read, in name order. */
    public List<CollectionName> corpusCollections(BuildOptions.Links links) {
        if (!Files.isDirectory(layout.corpus())) {
            return List.of();
        }
        return collectionFolders(Optional.empty(), links, new ArrayList<>()).stream()
                .map(folder -> CollectionName.of(folder.getFileName().toString())).toList();
    }

    /** The languages of the documents under {@code corpus/<collection>/} (links read as a build would), tag order. */
    public java.util.SortedSet<Language> languagesOf(CollectionName collection, BuildOptions.Links links) {
        java.util.SortedSet<Language> languages = new java.util.TreeSet<>();
        Collection.scan(layout.folderOf(collection), links).documents().values()
                .forEach(files -> files.forEach(file -> languages.add(file.language())));
        return languages;
    }

    private List<Path> collectionFolders(Optional<CollectionName> only, BuildOptions.Links links,
                                         List<String> warnings) {
        if (!Files.isDirectory(layout.corpus())) {
            throw new CorpusException(layout.corpus() + ": no corpus folder here (expected corpus/<collection>/)");
        }
        if (only.isPresent()) {
            Path folder = layout.folderOf(only.get());
            if (!Files.isDirectory(folder, Collection.linkOptions(links))) {
                throw new CorpusException(folder + (Files.isSymbolicLink(folder)
                        ? ": a symbolic link (build --follow-links reads it)" : ": no such collection"));
            }
            return List.of(folder);
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> paths = Files.list(layout.corpus())) {
            for (Path folder : paths.sorted().toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(folder)) {
                    continue;
                }
                if (links == BuildOptions.Links.SKIP && Files.isSymbolicLink(folder)) {
                    warnings.add(folder + ": a symbolic link, skipped (build --follow-links reads it)");
                } else if (!CollectionName.isValid(name)) {
                    warnings.add(folder + ": skipped, not a collection name (" + CollectionName.RULE + ")");
                } else {
                    folders.add(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(layout.corpus() + ": cannot list (" + e.getMessage() + ")", e);
        }
        return folders;
    }
}
