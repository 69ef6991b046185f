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
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the versions of a document together (a collection's files of one document, two files to align), ingested
 * and segmented, grouped by article, since a file may hold several ({@code udhr}, {@code udhr#2}, ...). Where one
 * version of an article leaves its sentences open ({@link BlockClassifier.Headings#of}: a text split at its verses),
 * the others' short lines without a full stop are not read as headings either: those versions are read again
 * without {@link Cleanup#HEADINGS}. Stateless apart from its stages; thread-safe.
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
            versions.add(new Version(file, ingested.document()));
        }
        return together(versions);
    }

    /** The versions of one article segmented, without headings where one leaves its sentences open. */
    private List<SegmentedDocument> together(List<Version> versions) {
        boolean headings = BlockClassifier.Headings.of(versions.stream().map(v -> bodyTexts(v.article())).toList())
                == BlockClassifier.Headings.INFERRED;
        return versions.stream().map(v -> segmenter.segment(headings ? v.article() : withoutHeadings(v))).toList();
    }

    /** An article as read from its file. */
    private record Version(CorpusFile file, Document article) {
    }

    /** The article read again without {@link Cleanup#HEADINGS} (its warnings were reported the first time). */
    private Document withoutHeadings(Version version) {
        CorpusFile file = version.file();
        return withoutHeadings.ingest(file.path(), file.document(), file.language(), file.format()).documents()
                .stream().filter(d -> d.id().equals(version.article().id())).findFirst().orElse(version.article());
    }

    /** The texts of an article's paragraphs, headings and title: what {@link BlockClassifier#marksHeadings} reads. */
    private static List<String> bodyTexts(Document article) {
        return article.blocks().stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING
                        || b.kind() == BlockKind.TITLE)
                .map(b -> article.text().substring(b.span().start(), b.span().end())).toList();
    }
}
