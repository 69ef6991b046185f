package org.rosetta.corpus;

import org.rosetta.align.Dictionary;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;
import org.rosetta.review.Edit;
import org.rosetta.review.EditException;
import org.rosetta.review.Editor;
import org.rosetta.review.LinksFile;
import org.rosetta.review.Mark;
import org.rosetta.review.MarksFile;
import org.rosetta.review.StoredLink;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Reviewing a built collection: its units as built (from {@code tmx/<collection>.tmx}, in document order), and
 * corrections, each stored in the document's {@link LinksFile} as change number (one more than any in the
 * collection) and followed by a rebuild of the collection with the same pivot and dictionaries, so the TMX and
 * index show it at once. {@link #undo} takes back the collection's last change. Edits hold the workspace's write
 * lock.
 */
public final class Reviews {

    private final Workspace workspace;

    public Reviews(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What an edit did: the units now holding the sentences it set, and what the rebuild warned of. */
    public record EditReport(int change, List<TranslationUnit> changed, List<String> warnings) {
    }

    /** What a marks import did: units confirmed, marks stored for review, marks that no longer fit, warnings. */
    public record MarksReport(int confirmed, int stored, List<String> skipped, List<String> warnings) {
    }

    /**
     * Applies the marks a reviser saved on the review page: "confirmed" units become confirmed links (one change
     * per document), "wrong" marks and comments are stored in the document's {@link MarksFile} for
     * {@code review --marked}. A mark whose unit no longer has the sentences it had on the page is skipped and said.
     */
    public MarksReport importMarks(CollectionName collection, Path file, String by) {
        MarksFile.Saved saved = MarksFile.readJson(file);
        if (!saved.collection().isEmpty() && !saved.collection().equals(collection.value())) {
            throw new EditException(file + ": the marks are for collection " + saved.collection() + ", not "
                    + collection);
        }
        List<TranslationUnit> units = units(collection);
        requireCorpusFolder(collection);
        List<String> skipped = new ArrayList<>();
        Map<String, List<String>> confirm = new LinkedHashMap<>();
        Map<String, List<Mark>> store = new LinkedHashMap<>();
        for (Mark mark : saved.marks()) {
            Optional<TranslationUnit> unit = units.stream().filter(u -> u.id().equals(mark.unit())
                    && u.document().equals(mark.document())).findFirst();
            if (unit.isEmpty()) {
                skipped.add(mark.unit() + ": no such unit in " + collection + (mark.document().isEmpty() ? ""
                        : " (document " + mark.document() + ")") + "; mark not applied");
                continue;
            }
            if (!SentenceRanges.format(unit.get().sentences()).equals(mark.sentences())) {
                skipped.add(mark.unit() + " (" + mark.sentences() + "): the unit changed since the page was made;"
                        + " mark not applied");
                continue;
            }
            if (mark.kind() == Mark.Kind.CONFIRMED) {
                confirm.computeIfAbsent(mark.document(), d -> new ArrayList<>()).add(mark.unit());
            }
            if (mark.kind() != Mark.Kind.CONFIRMED || !mark.comment().isEmpty()) {
                store.computeIfAbsent(mark.document(), d -> new ArrayList<>()).add(mark);
            }
        }
        Collection scanned = Collection.scan(workspace.layout().folderOf(collection));
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace.layout())) {
            store.forEach((article, marks) -> MarksFile.append(workspace.layout().folderOf(collection).resolve(
                    documentOf(scanned, article) + MarksFile.SUFFIX), marks, by, Instant.now().truncatedTo(
                    ChronoUnit.SECONDS)));
        }
        List<String> warnings = new ArrayList<>();
        int confirmed = 0;
        for (Map.Entry<String, List<String>> document : confirm.entrySet()) {
            EditReport report = edit(collection, Optional.of(document.getKey()), new Edit.Confirm(document.getValue()),
                    by);
            warnings.addAll(report.warnings());
            confirmed += document.getValue().size();
        }
        return new MarksReport(confirmed, store.values().stream().mapToInt(List::size).sum(), skipped, warnings);
    }

    /** What a reviser said of a unit on the review page: whether it is wrong, and the comments, joined by "; ". */
    public record ReviserMarks(boolean wrong, String comments) {

        ReviserMarks with(boolean wrong, String comment) {
            return new ReviserMarks(this.wrong || wrong, comments.isEmpty() ? comment
                    : comment.isEmpty() ? comments : comments + "; " + comment);
        }
    }

    /**
     * The units of a collection a reviser marked wrong or commented on (and still holding the same sentences), with
     * what was said, in document order.
     */
    public Map<TranslationUnit, ReviserMarks> marked(CollectionName collection) {
        Map<String, ReviserMarks> said = new LinkedHashMap<>();
        for (Path file : files(collection, MarksFile.SUFFIX)) {
            for (String[] row : MarksFile.read(file)) {
                boolean wrong = row[3].equals(Mark.Kind.WRONG.tag());
                if (wrong || !row[6].isEmpty()) {
                    said.merge(row[2] + " " + row[4], new ReviserMarks(wrong, row[6]),
                            (before, mark) -> before.with(mark.wrong(), mark.comments()));
                }
            }
        }
        Map<TranslationUnit, ReviserMarks> marked = new LinkedHashMap<>();
        for (TranslationUnit unit : units(collection)) {
            ReviserMarks marks = said.get(unit.document() + " " + SentenceRanges.format(unit.sentences()));
            if (marks != null) {
                marked.put(unit, marks);
            }
        }
        return marked;
    }

    /** The built units of one document of a collection (all when empty), in document order. */
    public List<TranslationUnit> units(CollectionName collection, Optional<String> document) {
        List<TranslationUnit> units = units(collection);
        if (document.isEmpty() || document.get().isBlank()) {
            return units;
        }
        List<TranslationUnit> of = units.stream().filter(u -> u.document().equals(document.get())).toList();
        if (of.isEmpty()) {
            throw new EditException("no document " + document.get() + " in " + collection + " (it has: "
                    + String.join(", ", units.stream().map(TranslationUnit::document).distinct().toList()) + ")");
        }
        return of;
    }

    /** The built units of a collection, in document order. */
    public List<TranslationUnit> units(CollectionName collection) {
        Path tmx = workspace.layout().tmxOf(collection);
        if (!Files.isRegularFile(tmx)) {
            throw new CorpusException(tmx + ": collection " + collection + " is not built (run build)");
        }
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(tmx, units::add);
        return units;
    }

    /**
     * Makes an edit on one document (article) of a collection: the one its units name, else {@code document},
     * which may be left out when the collection has one.
     */
    public EditReport edit(CollectionName collection, Optional<String> document, Edit edit, String by) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace.layout())) {
            List<TranslationUnit> all = units(collection);
            requireCorpusFolder(collection);
            String article = articleOf(all, edit, document);
            List<TranslationUnit> units = all.stream().filter(u -> u.document().equals(article)).toList();
            Collection scanned = Collection.scan(workspace.layout().folderOf(collection));
            String name = documentOf(scanned, article);
            Map<Language, SegmentedDocument> versions = versionsOf(scanned, name, article);
            Path file = LinksFile.of(workspace.layout().folderOf(collection), name);
            int change = lastChange(collection) + 1;
            Editor.Result result = new Editor(units, versions).apply(edit, LinksFile.read(file), change, by,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
            LinksFile.write(file, result.links());
            List<String> warnings = rebuild(collection);
            return new EditReport(change, touching(units(collection), article, result.changed()), warnings);
        }
    }

    /** Takes back the collection's last change: its rows go, the rows it replaced hold again. */
    public EditReport undo(CollectionName collection) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace.layout())) {
            units(collection); // refuses a collection that is not built
            int change = lastChange(collection);
            if (change == 0) {
                throw new EditException("nothing to undo in " + collection + ": it has no corrections");
            }
            List<Map<Language, Span>> touched = new ArrayList<>();
            List<String> articles = new ArrayList<>();
            for (Path file : linksFiles(collection)) {
                List<StoredLink> kept = new ArrayList<>();
                boolean changed = false;
                for (StoredLink link : LinksFile.read(file)) {
                    if (link.change() == change || link.replacedBy() == change) {
                        touched.add(link.sentences());
                        articles.add(link.article());
                        changed = true;
                    }
                    if (link.change() != change) {
                        kept.add(link.replacedBy() == change ? link.restored() : link);
                    }
                }
                if (changed) {
                    LinksFile.write(file, kept);
                }
            }
            List<String> warnings = rebuild(collection);
            List<TranslationUnit> after = units(collection);
            List<TranslationUnit> changed = new ArrayList<>();
            for (String article : articles.stream().distinct().toList()) {
                changed.addAll(touching(after, article, touched));
            }
            return new EditReport(change, changed.stream().distinct().toList(), warnings);
        }
    }

    /**
     * Rebuilds the collection with the pivot it was built with (its TMX header's source language) and the
     * dictionaries its build stamp names.
     */
    private List<String> rebuild(CollectionName collection) {
        Language[] pivot = {Language.of("en")};
        TmxReader.read(workspace.layout().tmxOf(collection), new TmxReader.Handler() {
            @Override
            public void header(org.rosetta.tmx.TmxHeader header) {
                pivot[0] = Language.of(header.sourceLanguage());
            }

            @Override
            public void unit(org.rosetta.tmx.TmxUnit unit) {
            }
        });
        List<String> warnings = new ArrayList<>();
        List<Path> dictionaries = new ArrayList<>();
        for (Path dictionary : UnitIndexWriter.fingerprint(workspace.layout().index(), collection.value())
                .map(BuildStamp::parse).map(BuildStamp::dictionaries).orElse(List.of())) {
            if (Dictionary.missingFile(dictionary).isEmpty()) {
                dictionaries.add(dictionary);
            } else {
                warnings.add(dictionary + ": the dictionary " + collection + " was built with is gone; rebuilt without"
                        + " it");
            }
        }
        BuildReport report = workspace.buildHoldingLock(new BuildOptions(pivot[0], Optional.of(collection),
                BuildOptions.Rebuild.CHANGED, BuildOptions.Links.SKIP, dictionaries), line -> { });
        warnings.addAll(report.warnings());
        report.collections().forEach(c -> {
            warnings.addAll(c.warnings());
            c.failures().forEach(f -> warnings.add("failed: " + f));
        });
        return warnings;
    }

    /** The units of {@code article} that hold any sentence of {@code ranges}, in document order. */
    private static List<TranslationUnit> touching(List<TranslationUnit> units, String article,
                                                  List<? extends Map<Language, Span>> ranges) {
        return units.stream().filter(u -> u.document().equals(article))
                .filter(u -> ranges.stream().anyMatch(r -> SentenceRanges.share(u.sentences(), r))).toList();
    }

    private int lastChange(CollectionName collection) {
        int last = 0;
        for (Path file : linksFiles(collection)) {
            for (StoredLink link : LinksFile.read(file)) {
                last = Math.max(last, Math.max(link.change(), link.replacedBy()));
            }
        }
        return last;
    }

    private List<Path> linksFiles(CollectionName collection) {
        return files(collection, LinksFile.SUFFIX);
    }

    /**
     * Refuses to correct or mark a collection that has no folder under {@code corpus/} (an imported one): its
     * corrections would have nowhere to live and nothing to be rebuilt from.
     */
    private void requireCorpusFolder(CollectionName collection) {
        if (!Files.isDirectory(workspace.layout().folderOf(collection))) {
            throw new EditException(collection + " was imported, not built from corpus/" + collection + ": corrections"
                    + " and marks are kept beside a collection's documents there, and it has none");
        }
    }

    private List<Path> files(CollectionName collection, String suffix) {
        if (!Files.isDirectory(workspace.layout().folderOf(collection))) {
            return List.of(); // an imported collection: nothing corrected or marked
        }
        try (Stream<Path> files = Files.list(workspace.layout().folderOf(collection))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(workspace.layout().folderOf(collection) + ": cannot list ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String articleOf(List<TranslationUnit> units, Edit edit, Optional<String> document) {
        List<String> named = switch (edit) {
            case Edit.Merge merge -> List.of(unit(units, merge.unit()).document());
            case Edit.Split split -> List.of(unit(units, split.unit()).document());
            case Edit.Confirm confirm -> confirm.units().stream().map(id -> unit(units, id).document()).distinct()
                    .toList();
            case Edit.Move move -> List.of();
            case Edit.Unlink unlink -> List.of();
        };
        if (named.size() > 1) {
            throw new EditException("the units are in different documents (" + String.join(", ", named)
                    + "): one document at a time");
        }
        if (!named.isEmpty()) {
            return named.getFirst();
        }
        List<String> articles = units.stream().map(TranslationUnit::document).distinct().toList();
        if (document.isPresent()) {
            if (!articles.contains(document.get())) {
                throw new EditException("no document " + document.get() + " in this collection (it has: "
                        + String.join(", ", articles) + ")");
            }
            return document.get();
        }
        if (articles.size() != 1) {
            throw new EditException("say which document (--document DOC): the collection has "
                    + String.join(", ", articles));
        }
        return articles.getFirst();
    }

    private static TranslationUnit unit(List<TranslationUnit> units, String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new EditException("no unit " + id + " in this collection"));
    }

    /** The document (file name part) an article comes from: {@code udhr} for {@code udhr} and {@code udhr#2}. */
    private static String documentOf(Collection collection, String article) {
        int hash = article.indexOf('#');
        String name = hash < 0 ? article : article.substring(0, hash);
        if (!collection.documents().containsKey(name)) {
            throw new CorpusException("document " + name + " is no longer under corpus/" + collection.name());
        }
        return name;
    }

    private Map<Language, SegmentedDocument> versionsOf(Collection collection, String document, String article) {
        SortedMap<String, List<SegmentedDocument>> articles = workspace.read(collection.documents().get(document),
                new ArrayList<>());
        List<SegmentedDocument> versions = articles.get(article);
        if (versions == null) {
            throw new CorpusException("document " + article + " is no longer in corpus/" + collection.name());
        }
        SequencedMap<Language, SegmentedDocument> byLanguage = new LinkedHashMap<>();
        versions.forEach(v -> byLanguage.put(v.language(), v));
        return byLanguage;
    }
}
