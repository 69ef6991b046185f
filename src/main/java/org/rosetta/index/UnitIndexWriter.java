package org.rosetta.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.rosetta.model.Language;
import org.rosetta.model.RosettaException;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the Lucene index of one collection: one Lucene document per translation unit, replacing the previous
 * ones in a single commit, so readers never see a half-written index and an interrupted write leaves the previous
 * one in place.
 */
public final class UnitIndexWriter {

    private final LanguageAnalyzers analyzers;

    public UnitIndexWriter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    private static final int BATCH = 256;
    private static final double RAM_BUFFER_MB = 128;

    /** The commit data key under which an index records what it was built from. */
    private static final String FINGERPRINT = "rosetta.fingerprint";

    /**
     * Replaces the index of {@code collection} under {@code root} with one holding {@code units}, recording
     * {@code fingerprint} (what the units were made from) for {@link #fingerprint}.
     */
    public void writeAtomically(Path root, String collection, String fingerprint, Iterable<TranslationUnit> units) {
        writeAtomically(root, collection, fingerprint, (Consumer<Consumer<TranslationUnit>>) units::forEach);
    }

    /**
     * What a collection's index holds: units, the document ids (in order) and the languages with text (tag order);
     * all empty when there is no index.
     */
    public record Summary(int units, List<String> documents, List<Language> languages) {
        public Summary {
            documents = List.copyOf(documents);
            languages = List.copyOf(languages);
        }
    }

    /**
     * The collection's {@link Summary}, read from the index's term dictionaries (no stored fields). This and the
     * other one-look readers below read through plain file channels: mapping the files would cost a listing of
     * collections more (setting up the native calls Lucene's memory mapping makes) than reading them.
     */
    public static Summary summary(Path root, String collection) {
        Path folder = root.resolve(collection);
        if (!Files.isDirectory(folder)) {
            return new Summary(0, List.of(), List.of());
        }
        try (FSDirectory directory = new NIOFSDirectory(folder);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            java.util.SortedSet<String> documents = new java.util.TreeSet<>();
            java.util.SortedSet<Language> languages = new java.util.TreeSet<>();
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                terms(leaf.reader(), UnitFields.DOCUMENT, documents::add);
                terms(leaf.reader(), UnitFields.LANGUAGES, tag -> languages.add(Language.of(tag)));
            }
            return new Summary(reader.numDocs(), List.copyOf(documents), List.copyOf(languages));
        } catch (IOException e) {
            return new Summary(0, List.of(), List.of());
        }
    }

    private static void terms(org.apache.lucene.index.LeafReader reader, String field, Consumer<String> sink)
            throws IOException {
        org.apache.lucene.index.Terms terms = reader.terms(field);
        if (terms != null) {
            org.apache.lucene.index.TermsEnum each = terms.iterator();
            for (org.apache.lucene.util.BytesRef term = each.next(); term != null; term = each.next()) {
                sink.accept(term.utf8ToString());
            }
        }
    }

    /** How many units the collection's index holds; 0 when there is none. */
    public static int unitCount(Path root, String collection) {
        Path folder = root.resolve(collection);
        try (FSDirectory directory = new NIOFSDirectory(folder);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The fingerprint the collection's index was built with; empty when there is no index or none was recorded. */
    public static Optional<String> fingerprint(Path root, String collection) {
        Path folder = root.resolve(collection);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (FSDirectory directory = new NIOFSDirectory(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the index of {@code collection} with one holding the units {@code source} pushes (for example a TMX
     * being read), so the units never need to be in memory at once.
     */
    public void writeAtomically(Path root, String collection, String fingerprint,
                                Consumer<Consumer<TranslationUnit>> source) {
        if (collection.isEmpty() || collection.startsWith(".") || collection.contains("/")
                || collection.contains("\\") || collection.contains(root.getFileSystem().getSeparator())) {
            throw new IllegalArgumentException("not a collection name: '" + collection + "'");
        }
        Path target = root.resolve(collection);
        try {
            Files.createDirectories(root);
            refuseForeign(target);
            boolean isNew = !Files.exists(target);
            // OpenMode.CREATE on the collection's own folder: the new units become visible in one commit; until
            // then readers (and a reader opened meanwhile) see the previous commit whole, and a failure or a kill
            // leaves it as the latest. Lucene removes the unreferenced files the next time a writer opens here.
            FSDirectory directory = FSDirectory.open(target);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(RAM_BUFFER_MB));
            try {
                addAll(writer, source);
                writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
                writer.commit();
                writer.close();
            } catch (IOException | RuntimeException e) {
                writer.rollback(); // the previous commit stays the index's latest
                if (isNew) {
                    deleteTree(target); // a new collection that failed leaves nothing behind
                }
                throw e;
            } finally {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write index (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Adds what {@code source} pushes, analysing on every core: the source's thread hands units through a bounded
     * queue to one indexing thread per core (IndexWriter is thread-safe). The first failure stops the reading; the
     * workers drain what is queued without indexing it, each stops at its end marker, and the failure is thrown.
     */
    private static void addAll(IndexWriter writer, Consumer<Consumer<TranslationUnit>> source) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<List<TranslationUnit>> queue = new ArrayBlockingQueue<>(threads * 4);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().daemon().name("rosetta-index-" + t).start(() -> {
                for (List<TranslationUnit> batch = take(queue); !batch.isEmpty(); batch = take(queue)) {
                    if (failure.get() != null) {
                        continue; // drain to the end marker
                    }
                    try {
                        for (TranslationUnit unit : batch) {
                            writer.addDocument(toDocument(unit));
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        List<TranslationUnit> batch = new ArrayList<>(BATCH);
        try {
            source.accept(unit -> {
                batch.add(unit);
                if (batch.size() == BATCH) {
                    put(queue, List.copyOf(batch), failure);
                    batch.clear();
                }
            });
            put(queue, List.copyOf(batch), failure);
        } catch (IndexingFailed stop) {
            // a worker failed: stop reading, report its failure below
        } finally {
            for (int t = 0; t < threads; t++) {
                putUninterruptibly(queue, List.of());
            }
            for (Thread worker : workers) {
                joinQuietly(worker);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed != null) {
            throw new IllegalStateException("indexing failed: " + failed.getMessage(), failed);
        }
    }

    /** Stops the reading of units once a worker has failed. */
    private static final class IndexingFailed extends RuntimeException {
        IndexingFailed() {
            super(null, null, false, false);
        }
    }

    private static void put(BlockingQueue<List<TranslationUnit>> queue, List<TranslationUnit> batch,
                            AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new IndexingFailed();
                }
            }
            if (failure.get() != null) {
                throw new IndexingFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    private static void putUninterruptibly(BlockingQueue<List<TranslationUnit>> queue, List<TranslationUnit> batch) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                queue.put(batch);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<TranslationUnit> take(BlockingQueue<List<TranslationUnit>> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // the end marker always comes: keep waiting for it
            }
        }
    }

    private static void joinQuietly(Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Text indexed with offsets, so that search marks matches from the index (Lucene's Matches API). */
    private static final FieldType TEXT = withOffsets(TextField.TYPE_NOT_STORED);
    private static final FieldType STORED_TEXT = withOffsets(TextField.TYPE_STORED);

    private static FieldType withOffsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Document toDocument(TranslationUnit unit) {
        Document document = new Document();
        document.add(new StringField(UnitFields.ID, unit.id(), Field.Store.YES));
        document.add(new StringField(UnitFields.COLLECTION, unit.collection(), Field.Store.YES));
        document.add(new StringField(UnitFields.DOCUMENT, unit.document(), Field.Store.YES));
        document.add(new StoredField(UnitFields.BEAD, unit.beadType()));
        document.add(new StoredField(UnitFields.CONFIDENCE, unit.confidence()));
        document.add(new StoredField(UnitFields.LANGUAGE_ORDER,
                unit.variants().keySet().stream().map(Language::tag).collect(Collectors.joining(" "))));
        for (Map.Entry<Language, String> variant : unit.variants().entrySet()) {
            document.add(new StringField(UnitFields.LANGUAGES, variant.getKey().tag(), Field.Store.NO));
            document.add(new Field(UnitFields.text(variant.getKey()), variant.getValue(), STORED_TEXT));
            document.add(new Field(UnitFields.exact(variant.getKey()), variant.getValue(), TEXT));
        }
        return document;
    }

    /** Deletes a collection's index; a folder there that is not a Rosetta index is refused and left alone. */
    public static void delete(Path root, String collection) throws IOException {
        Path target = root.resolve(collection);
        refuseForeign(target);
        deleteTree(target);
    }

    /** Only an index this class made is ever replaced or deleted: anything else at the target is refused. */
    private static void refuseForeign(Path target) throws IOException {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean ours = Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (ours) {
            try (FSDirectory directory = FSDirectory.open(target)) {
                ours = DirectoryReader.indexExists(directory)
                        && SegmentInfos.readLatestCommit(directory).getUserData().containsKey(FINGERPRINT);
            }
        }
        if (!ours) {
            throw new RosettaException(RosettaException.Kind.CONFLICT, target + ": is not a search index Rosetta"
                    + " wrote; not replaced (move it away and retry)");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
