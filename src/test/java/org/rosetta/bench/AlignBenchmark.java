package org.rosetta.bench;

import org.rosetta.TestData;
import org.rosetta.align.SignalAligner;
import org.rosetta.eval.BeadFormat;
import org.rosetta.eval.GoldBead;
import org.rosetta.eval.Scorer;
import org.rosetta.eval.Scores;
import org.rosetta.model.Alignment;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Aligner scaling: synthetic document pairs of N sentences built from real text (the UDHR's aligned English and
 * French paragraphs, repeated in random order, with 2% of paragraphs missing on one side or the other), aligned by
 * {@link SignalAligner}; wall time, peak heap and strict F1 against the known truth for each size.
 */
public final class AlignBenchmark {

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        List<String[]> paragraphs = paragraphs();
        double previous = 0;
        for (int size : sizes) {
            Synthetic pair = synthetic(paragraphs, size, new Random(size));
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Alignment alignment = new SignalAligner(settings()).align(pair.source, pair.target);
            double seconds = (System.nanoTime() - start) / 1e9;
            Scores scores = Scorer.score(List.of(new Scorer.Pair(
                    alignment.beads().stream().map(BeadFormat::of).toList(), pair.gold)));
            System.out.printf(Locale.ROOT, "%,7d / %,7d sentences: %6.2f s, peak heap %,5d MB, strict F1 %.3f%s%n",
                    pair.source.size(), pair.target.size(), seconds, peakHeap() >> 20, scores.f1Strict(),
                    previous > 0 ? String.format(Locale.ROOT, ", %.1fx the previous size's time", seconds / previous)
                            : "");
            previous = seconds;
        }
    }

    /** {@code -Dwithout=lexicon,cognates} switches signals off, to see what each costs. */
    private static org.rosetta.align.AlignerSettings settings() {
        org.rosetta.align.AlignerSettings settings = org.rosetta.align.AlignerSettings.defaults();
        for (String name : System.getProperty("without", "").split(",")) {
            if (!name.isBlank()) {
                settings = settings.without(org.rosetta.align.Signal.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return settings;
    }

    private record Synthetic(SegmentedDocument source, SegmentedDocument target, List<GoldBead> gold) {
    }

    /** Paragraph pairs of the UDHR whose sentences align one to one: {source sentences..., target sentences...}. */
    private static List<String[]> paragraphs() {
        SegmentedDocument en = TestData.segmentedUdhr("en");
        SegmentedDocument fr = TestData.segmentedUdhr("fr");
        List<String[]> pairs = new ArrayList<>();
        for (var bead : new SignalAligner().align(en, fr).beads()) {
            if (bead.sourceCount() == 1 && bead.targetCount() == 1) {
                pairs.add(new String[] {en.text(bead.sourceStart()), fr.text(bead.targetStart())});
            }
        }
        return pairs;
    }

    private static Synthetic synthetic(List<String[]> pairs, int size, Random random) {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<Integer> sourceBlocks = new ArrayList<>();
        List<Integer> targetBlocks = new ArrayList<>();
        List<GoldBead> gold = new ArrayList<>();
        int block = 0;
        while (source.size() < size) {
            int sentences = 1 + random.nextInt(4);
            boolean dropSource = random.nextInt(100) == 0;
            boolean dropTarget = !dropSource && random.nextInt(100) == 0;
            for (int k = 0; k < sentences; k++) {
                String[] pair = pairs.get(random.nextInt(pairs.size()));
                List<Integer> s = new ArrayList<>();
                List<Integer> t = new ArrayList<>();
                if (!dropSource) {
                    s.add(source.size());
                    source.add(pair[0]);
                    sourceBlocks.add(block);
                }
                if (!dropTarget) {
                    t.add(target.size());
                    target.add(pair[1]);
                    targetBlocks.add(block);
                }
                gold.add(new GoldBead(s, t));
            }
            block++;
        }
        return new Synthetic(document(source, sourceBlocks, "en"), document(target, targetBlocks, "fr"), gold);
    }

    private static SegmentedDocument document(List<String> sentences, List<Integer> blockOf, String language) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0 && !blockOf.get(i).equals(blockOf.get(i - 1))) {
                blocks.add(new Block(BlockKind.PARAGRAPH, new Span(blockStart, text.length())));
                text.append('\n');
                blockStart = text.length();
            } else if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(sentences.get(i));
            segments.add(new Segment(i, new Span(start, text.length()), blocks.size(), BlockKind.PARAGRAPH));
        }
        blocks.add(new Block(BlockKind.PARAGRAPH, new Span(blockStart, text.length())));
        return new SegmentedDocument(new Document("synthetic", Language.of(language), "synthetic", text.toString(),
                blocks), segments);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private AlignBenchmark() {
    }
}
