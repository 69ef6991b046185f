package org.rosetta.corpus;

import org.rosetta.ingest.BlockClassifier;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.rosetta.segment.SentenceSegmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the versions of a document together (a collection's files of one document, two files to align), ingested
 * and segmented, grouped by article, since a file may hold several ({@code udhr}, {@code udhr#2}, ...). Where one
 * version of an article leaves its sentences open ({@link BlockClassifier.Headings#of}: a text split at its verses),
 * the others' short lines without a full stop are not headings either: each version is taken as its file wrote it,
 * without the headings ingestion inferred ({@link Ingested#asWritten}). Thread-safe: each call keeps its own state.
 */
public final class VersionReader {

    private final FileIngester ingester = new FileIngester();
    private final SentenceSegmenter segmenter = new IcuSentenceSegmenter();

    /** The articles of {@code files}, by article id in id order, each with its versions in the order of the files. */
    SortedMap<String, List<SegmentedDocument>> read(List<CorpusFile> files, List<String> warnings) {
        SortedMap<String, List<Version>> articles = new TreeMap<>();
        for (CorpusFile file : files) {
            Ingested ingested = ingester.ingest(file.path(), file.document(), file.language(), file.format());
            warnings.addAll(ingested.warnings());
            for (int a = 0; a < ingested.documents().size(); a++) {
                Version version = new Version(ingested.documents().get(a), ingested.asWritten().get(a));
                articles.computeIfAbsent(version.article().id(), k -> new ArrayList<>()).add(version);
            }
        }
        SortedMap<String, List<SegmentedDocument>> segmented = new TreeMap<>();
        articles.forEach((id, versions) -> segmented.put(id, together(versions)));
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
            versions.add(new Version(ingested.document(), ingested.asWritten().getFirst()));
        }
        return together(versions);
    }

    /** The versions of one article segmented, as their files wrote them where one leaves its sentences open. */
    private List<SegmentedDocument> together(List<Version> versions) {
        BlockClassifier.Headings headings = BlockClassifier.Headings.of(versions.stream()
                .map(v -> paragraphs(v.article())).toList());
        return versions.stream().map(v -> segmenter.segment(switch (headings) {
            case INFERRED -> v.article();
            case NONE -> v.asWritten();
        })).toList();
    }

    /** An article as ingestion read it, and as its file wrote it ({@link Ingested#asWritten}). */
    private record Version(Document article, Document asWritten) {
    }

    /** The texts of an article's paragraphs: what {@link BlockClassifier#marksHeadings} reads, as ingestion does. */
    private static List<String> paragraphs(Document article) {
        return article.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .map(b -> article.textOf(b.span())).toList();
    }
}
