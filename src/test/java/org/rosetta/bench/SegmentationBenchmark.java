package org.rosetta.bench;

import org.rosetta.TestData;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.rosetta.eval.BoundaryScorer;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Block;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence boundary precision / recall / F1 on the hand-checked seed statements, for Rosetta's segmenter and for
 * plain ICU ({@code @ss=standard}) on the same cleaned blocks, so the project's rules can be weighed.
 */
public final class SegmentationBenchmark {

    public static void main(String[] args) throws Exception {
        BoundaryScorer.Result rosetta = new BoundaryScorer.Result(0, 0, 0);
        BoundaryScorer.Result icu = new BoundaryScorer.Result(0, 0, 0);
        try (var golds = Files.list(Path.of("src/test/resources/golden/segment"))) {
            for (Path goldFile : golds.filter(f -> !f.getFileName().toString().startsWith("udhr")).sorted()
                    .toList()) {
                String seed = goldFile.getFileName().toString().replace(".sentences", "");
                Map<String, List<String>> gold = org.rosetta.TestData.sentenceGold(goldFile);
                for (Document document : new FileIngester().ingest(TestData.CORPUS.resolve("statements/" + seed + ".txt"),
                        seed + ".txt", Language.of("en"), DocumentFormat.TEXT).documents()) {
                    SegmentedDocument ours = new IcuSentenceSegmenter().segment(document);
                    List<String> sentences = new ArrayList<>();
                    for (int s = 0; s < ours.size(); s++) {
                        sentences.add(ours.text(s));
                    }
                    rosetta = rosetta.plus(BoundaryScorer.score(sentences, gold.get(document.id())));
                    icu = icu.plus(BoundaryScorer.score(plainIcu(document), gold.get(document.id())));
                }
            }
        }
        print("Rosetta", rosetta);
        print("plain ICU @ss=standard", icu);
    }

    private static List<String> plainIcu(Document document) {
        List<String> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
        for (Block block : document.blocks()) {
            String text = document.textOf(block.span());
            iterator.setText(text);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                if (!text.substring(start, end).isBlank()) {
                    sentences.add(text.substring(start, end).strip());
                }
            }
        }
        return sentences;
    }

    private static void print(String name, BoundaryScorer.Result result) {
        System.out.printf(Locale.ROOT, "%-24s %d gold boundaries, %d found, %d right: P %.4f R %.4f F1 %.4f%n",
                name, result.gold(), result.predicted(), result.correct(), result.precision(), result.recall(),
                result.f1());
    }

    private SegmentationBenchmark() {
    }
}
