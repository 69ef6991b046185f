package org.rosetta.corpus;

import org.rosetta.ingest.BlockClassifier;
import org.rosetta.ingest.Cleanup;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.rosetta.segment.SentenceSegmenter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the versions of a document together (a collection's files of one document, two files to align), ingested
 * and segmented, grouped by article, since a file may hold several ({@code udhr}, {@code udhr#2}, ...). Where one
 * version of an article leaves its sentences open ({@link BlockClassifier.Headings#of}: a text split at its verses),
 * the others' short lines without a full stop are not headings either: a version in which ingestion inferred
 * headings is read again without {@link Cleanup#HEADINGS}. Thread-safe: each call keeps its own state.
 */
public final class VersionReader {

    private final FileIngester ingester = new FileIngester();
    private final FileIngester withoutHeadings = new FileIngester(EnumSet.complementOf(EnumSet.of(Cleanup.HEADINGS)));
    private final SentenceSegmenter segmenter = new IcuSentenceSegmenter();

    /** The articles of {@code files}, by article id in id order, each with its versions in the order of the files. */
    SortedMap<String, List<SegmentedDocument>> read(List<CorpusFile> files, List<String> warnings) {
        SortedMap<String, List<Version>> articles = new TreeMap<>();
        for (CorpusFile file : files) {
            Ingested ingested = ingester.ingest(file.path(), file.document(), file.language(), file.format());
            warnings.addAll(ingested.warnings());
            for (Document article : ingested.documents()) {
                articles.computeIfAbsent(article.id(), a -> new ArrayList<>()).add(new Version(file, article));
            }
        }
        Map<CorpusFile, Ingested> reread = new HashMap<>();
        SortedMap<String, List<SegmentedDocument>> segmented = new TreeMap<>();
        articles.forEach((id, versions) -> segmented.put(id, together(versions, reread)));
        return segmented;
    }

    /**
     * The first article of each of {@code files}, read as versions of one document whatever the files' document
     * names (two loose files to align), in the order of the files.
     */
    public List<SegmentedDocument> versions(List<CorpusFile> files, List<String> warnings) {
        List<Version> versions = new ArrayList<>();
        for (CorpusFile file : files) {
            Ingested ingested = ingester.ingest(file.path(), file.document(), file.language(), file.format());
            warnings.addAll(ingested.warnings());
            versions.add(new Version(file, ingested.document()));
        }
        return together(versions, new HashMap<>());
    }

    /**
     * The versions of one article segmented, read again without inferred headings where one leaves its sentences
     * open; {@code reread} keeps each file's second reading, which serves all its articles.
     */
    private List<SegmentedDocument> together(List<Version> versions, Map<CorpusFile, Ingested> reread) {
        BlockClassifier.Headings headings = BlockClassifier.Headings.of(versions.stream()
                .map(v -> paragraphs(v.article())).toList());
        return versions.stream().map(v -> segmenter.segment(switch (headings) {
            case INFERRED -> v.article();
            case NONE -> v.inferredHeadings() ? withoutHeadings(v, reread) : v.article();
        })).toList();
    }

    /** An article as read from its file. */
    private record Version(CorpusFile file, Document article) {

        /** The article's title or a heading came from {@link Cleanup#HEADINGS}: its format marks none itself. */
        boolean inferredHeadings() {
            return !file.format().authorParagraphs() && article.blocks().stream()
                    .anyMatch(b -> b.kind() == BlockKind.TITLE || b.kind() == BlockKind.HEADING);
        }
    }

    /** The article as its file reads without {@link Cleanup#HEADINGS} (its warnings were reported the first time). */
    private Document withoutHeadings(Version version, Map<CorpusFile, Ingested> reread) {
        CorpusFile file = version.file();
        Ingested again = reread.computeIfAbsent(file, f -> withoutHeadings.ingest(f.path(), f.document(),
                f.language(), f.format()));
        return again.documents().stream().filter(d -> d.id().equals(version.article().id())).findFirst()
                .orElseThrow(() -> new IllegalStateException(file.path() + ": article " + version.article().id()
                        + " not found when read again"));
    }

    /** The texts of an article's paragraphs: what {@link BlockClassifier#marksHeadings} reads, as ingestion does. */
    private static List<String> paragraphs(Document article) {
        return article.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .map(b -> article.textOf(b.span())).toList();
    }
}
