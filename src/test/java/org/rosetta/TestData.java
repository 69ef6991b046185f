package org.rosetta;

import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** A workspace under {@code root} holding a copy of the shipped corpus. */
    public static void copyCorpus(Path root) throws IOException {
        Path to = root.resolve("corpus");
        try (Stream<Path> paths = Files.walk(CORPUS)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(CORPUS.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private TestData() {
    }
}
