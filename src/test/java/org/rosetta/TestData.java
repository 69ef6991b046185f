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

    /** The shipped collections as released (a copy under test resources: never the workspace's own corpus/). */
    public static final Path CORPUS = Path.of("src/test/resources/shipped");

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

    /**
     * The UDHR aligned by Rosetta with English as pivot, as units of the languages each bead has (bead type: their
     * sentence counts), ids {@code s}: real multilingual text for benchmarks.
     */
    public static java.util.List<org.rosetta.model.TranslationUnit> udhrUnits(String... others) {
        org.rosetta.model.MultiAlignment alignment = new org.rosetta.align.PivotAligner(
                new org.rosetta.align.SignalAligner()).align(segmentedUdhr("en"),
                java.util.Arrays.stream(others).map(TestData::segmentedUdhr).toList());
        java.util.List<org.rosetta.model.TranslationUnit> units = new java.util.ArrayList<>();
        for (org.rosetta.model.MultiBead bead : alignment.beads()) {
            java.util.SequencedMap<Language, String> variants = new java.util.LinkedHashMap<>();
            java.util.List<String> counts = new java.util.ArrayList<>();
            bead.sentences().forEach((language, range) -> {
                if (range.length() > 0) {
                    variants.put(language, alignment.document(language).text(range.start(), range.end()));
                    counts.add(Integer.toString(range.length()));
                }
            });
            units.add(new org.rosetta.model.TranslationUnit("s", "bench", "udhr", variants, String.join("-", counts),
                    bead.confidence()));
        }
        return units;
    }

    /** A sentence gold file: {@code ## DOCUMENT} lines, then one sentence per line; other {@code #} lines are notes. */
    public static java.util.Map<String, java.util.List<String>> sentenceGold(Path file) throws IOException {
        java.util.Map<String, java.util.List<String>> documents = new java.util.LinkedHashMap<>();
        java.util.List<String> current = null;
        for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                current = new java.util.ArrayList<>();
                documents.put(line.substring(3), current);
            } else if (!line.startsWith("#") && current != null) {
                current.add(line);
            }
        }
        return documents;
    }

    /** Adds {@code count} copies of the UDHR as collections udhr2, udhr3, ...: builds that take a few seconds. */
    public static void addUdhrCopies(Path workspace, int count) throws IOException {
        for (int copy = 2; copy <= count + 1; copy++) {
            Path to = workspace.resolve("corpus/udhr" + copy);
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(CORPUS.resolve("udhr"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                }
            }
        }
    }

    /**
     * A child JVM running Rosetta one-shot on {@code workspace} with these arguments, on the tests' classpath:
     * a second process, for tests of locks, kills and signals.
     */
    public static ProcessBuilder rosetta(Path workspace, String... arguments) {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaCommand, "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-Drosetta.workspace=" + workspace, "-cp", classpath,
                "org.rosetta.shell.RosettaApplication"));
        command.addAll(java.util.List.of(arguments));
        return new ProcessBuilder(command);
    }

    private TestData() {
    }
}
