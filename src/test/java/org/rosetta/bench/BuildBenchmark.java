package org.rosetta.bench;

import org.rosetta.align.DocumentPair;
import org.rosetta.align.SignalAligner;
import org.rosetta.corpus.CorpusFile;
import org.rosetta.corpus.VersionReader;
import org.rosetta.eval.Evaluator;
import org.rosetta.eval.GoldBead;
import org.rosetta.eval.GoldDocument;
import org.rosetta.eval.GoldSet;
import org.rosetta.eval.GoldSetReader;
import org.rosetta.eval.Scorer;
import org.rosetta.eval.Scores;
import org.rosetta.eval.SetResult;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether {@code eval} measures what {@code build} does: every gold set of a folder (default {@code ../shared/eval})
 * scored twice, as {@code eval} reads it (a line is a sentence) and as {@code build} would read the same lines
 * written to text files, one sentence per line as aligners take them (ingested, segmented and aligned with the
 * set's other documents, as a collection is); each unit is then read back as the lines its sentences come from, and
 * scored against the gold like any output (a sentence the segmenter split off a line counts as its line, and units
 * holding parts of one line are one bead, the union of their lines, as the gold's grain has it).
 */
public final class BuildBenchmark {

    public static void main(String[] args) throws IOException {
        List<GoldSet> sets = new GoldSetReader().read(Path.of(args.length > 0 ? args[0] : "../shared/eval"));
        SignalAligner aligner = new SignalAligner();
        Evaluator evaluator = new Evaluator(aligner);
        VersionReader reader = new VersionReader();
        Path folder = Files.createTempDirectory("rosetta-build-benchmark");
        try {
            System.out.printf(Locale.ROOT, "%-22s %21s %21s %21s%n", "set (P R F1)", "eval strict", "built strict",
                    "built lax");
            for (List<GoldSet> group : Evaluator.byFolder(sets).values()) {
                List<SetResult> evaluated = evaluator.evaluateAll(group);
                List<List<DocumentPair>> built = new ArrayList<>();
                for (GoldSet set : group) {
                    List<DocumentPair> pairs = new ArrayList<>();
                    for (GoldDocument document : set.documents()) {
                        List<SegmentedDocument> versions = reader.versions(List.of(
                                asFile(folder, document.source()), asFile(folder, document.target())),
                                new ArrayList<>());
                        pairs.add(new DocumentPair(versions.getFirst(), versions.getLast()));
                    }
                    built.add(pairs);
                }
                List<List<Alignment>> aligned = aligner.alignGroups(built);
                for (int s = 0; s < group.size(); s++) {
                    GoldSet set = group.get(s);
                    List<Scorer.Pair> scored = new ArrayList<>();
                    for (int d = 0; d < set.documents().size(); d++) {
                        GoldDocument document = set.documents().get(d);
                        scored.add(new Scorer.Pair(asLines(aligned.get(s).get(d), document), document.gold()));
                    }
                    Scores fromFiles = Scorer.score(scored);
                    System.out.printf(Locale.ROOT, "%-22s %s %s %s%n", set.name(), strict(evaluated.get(s).scores()),
                            strict(fromFiles), lax(fromFiles));
                }
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String strict(Scores scores) {
        return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f ", scores.precisionStrict(), scores.recallStrict(),
                scores.f1Strict());
    }

    private static String lax(Scores scores) {
        return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f ", scores.precisionLax(), scores.recallLax(),
                scores.f1Lax());
    }

    /** A side's lines written to a text file, one per line, to be read and segmented as {@code build} does. */
    private static CorpusFile asFile(Path folder, SegmentedDocument lines) throws IOException {
        Language language = lines.language();
        Path file = Files.createTempFile(folder, "side", "." + language.tag() + ".txt");
        List<String> text = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            text.add(lines.text(k));
        }
        Files.write(file, text);
        return new CorpusFile(file, "benchmark", language, DocumentFormat.TEXT);
    }

    /** The alignment's beads as the gold document's lines their sentences come from. */
    private static List<GoldBead> asLines(Alignment alignment, GoldDocument document) {
        LineMap source = new LineMap(document.source(), alignment.source());
        LineMap target = new LineMap(document.target(), alignment.target());
        List<GoldBead> beads = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            GoldBead lines = new GoldBead(source.lines(bead.sourceStart(), bead.sourceEnd()),
                    target.lines(bead.targetStart(), bead.targetEnd()));
            int shared = beads.size();
            for (int k = beads.size() - 1; k >= Math.max(0, beads.size() - LOOK_BACK); k--) {
                if (sharesALine(beads.get(k), lines)) {
                    shared = k;
                }
            }
            while (beads.size() > shared) { // with any bead between, a null one
                lines = union(beads.removeLast(), lines);
            }
            beads.add(lines);
        }
        return beads;
    }

    /** How many beads back a part of the same line is looked for. */
    private static final int LOOK_BACK = 4;

    /**
     * Whether two beads hold a part of the same line on either side: a line the segmenter split, its sentences
     * aligned apart ("… 8848 m." and "Das ist also die Zahl …" of one German line, each with its own French line),
     * is one bead at the gold's grain, the lines of both.
     */
    private static boolean sharesALine(GoldBead a, GoldBead b) {
        return !Collections.disjoint(a.source(), b.source()) || !Collections.disjoint(a.target(), b.target());
    }

    private static GoldBead union(GoldBead a, GoldBead b) {
        TreeSet<Integer> source = new TreeSet<>(a.source());
        source.addAll(b.source());
        TreeSet<Integer> target = new TreeSet<>(a.target());
        target.addAll(b.target());
        return new GoldBead(List.copyOf(source), List.copyOf(target));
    }

    /**
     * Which line each built sentence comes from: both sides' letters and digits ({@link #fold}), the built
     * sentences found in order in the lines' (a sentence not found keeps its place).
     */
    private static final class LineMap {
        private final List<Integer> firstLine = new ArrayList<>();
        private final List<Integer> lastLine = new ArrayList<>();

        LineMap(SegmentedDocument lines, SegmentedDocument built) {
            StringBuilder letters = new StringBuilder();
            List<Integer> lineOf = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                String compact = fold(lines.text(k));
                letters.append(compact);
                for (int c = 0; c < compact.length(); c++) {
                    lineOf.add(k);
                }
            }
            int at = 0;
            for (int k = 0; k < built.size(); k++) {
                String sentence = fold(built.text(k));
                int found = letters.indexOf(sentence, at);
                int start = found < 0 ? Math.min(at, lineOf.size() - 1) : found;
                int end = found < 0 ? start : Math.min(found + sentence.length(), lineOf.size()) - 1;
                firstLine.add(lineOf.get(start));
                lastLine.add(lineOf.get(Math.max(start, end)));
                at = found < 0 ? at : found + sentence.length();
            }
        }

        /**
         * Letters and digits only, compatibility forms and marks folded, Arabic yeh and kaf as Persian writes them:
         * ingestion may clean a line up (ZWNJ, Arabic letter forms, quotes) before it is a sentence.
         */
        private static String fold(String text) {
            String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
            return decomposed.replaceAll("[^\\p{L}\\p{Nd}]+", "").replace('\u064A', '\u06CC')
                    .replace('\u0649', '\u06CC').replace('\u0643', '\u06A9');
        }

        List<Integer> lines(int from, int to) {
            TreeSet<Integer> lines = new TreeSet<>();
            for (int k = from; k < to; k++) {
                for (int line = firstLine.get(k); line <= lastLine.get(k); line++) {
                    lines.add(line);
                }
            }
            return List.copyOf(lines);
        }
    }

    private BuildBenchmark() {
    }
}
