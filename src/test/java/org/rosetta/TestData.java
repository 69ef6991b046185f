package org.rosetta;

import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;

import java.nio.file.Path;

/** The shipped corpus, read as the product reads it, for tests. */
public final class TestData {

    public static final Path CORPUS = Path.of("corpus");

    public static Path udhr(String language) {
        return CORPUS.resolve("udhr").resolve("udhr." + language + ".html");
    }

    public static SegmentedDocument segmentedUdhr(String language) {
        var ingested = new FileIngester().ingest(udhr(language), "udhr", Language.of(language), DocumentFormat.HTML);
        return new IcuSentenceSegmenter().segment(ingested.document());
    }

    private TestData() {
    }
}
