package org.rosetta.eval;

import org.rosetta.align.DocumentPair;
import org.rosetta.align.SentenceAligner;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the documents of a gold set together (as a collection's are built: an aligner may learn from all of them),
 * or several sets of one kind together as a collection's language pairs are, and scores the result. Thread-safe if
 * the aligner is.
 */
public final class Evaluator {

    private final SentenceAligner aligner;

    public Evaluator(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    public SetResult evaluate(GoldSet set) {
        return evaluateAll(List.of(set)).getFirst();
    }

    /**
     * Aligns gold sets of one kind together ({@link SentenceAligner#alignGroups}: each set a group, as a
     * collection's language pairs are) and scores each; the results are in the order of {@code sets}.
     */
    public List<SetResult> evaluateAll(List<GoldSet> sets) {
        List<List<Alignment>> aligned = aligner.alignGroups(sets.stream().map(set -> set.documents().stream()
                .map(d -> new DocumentPair(d.source(), d.target())).toList()).toList());
        List<SetResult> results = new ArrayList<>();
        for (int k = 0; k < sets.size(); k++) {
            results.add(score(sets.get(k), aligned.get(k)));
        }
        return results;
    }

    /**
     * The sets grouped as {@link #evaluateAll} should see them, by the folder they sit in under the folder read: the
     * sets of one folder ({@code short-udhr/de-fr}, {@code short-udhr/en-fa}, ...) are documents of one kind, keyed
     * by that folder; a set beside such folders ({@code textberg-dev}) is alone, keyed by its name. When every set
     * sits directly in the folder read (the folder is itself one kind: {@code short-udhr} read on its own), they are
     * one group, keyed by the empty string. In the order of {@code sets}.
     */
    public static java.util.Map<String, List<GoldSet>> byFolder(List<GoldSet> sets) {
        java.util.Map<String, List<GoldSet>> groups = new java.util.LinkedHashMap<>();
        if (sets.size() > 1 && sets.stream().noneMatch(set -> set.name().contains("/"))) {
            groups.put("", List.copyOf(sets));
            return groups;
        }
        for (GoldSet set : sets) {
            int slash = set.name().indexOf('/');
            groups.computeIfAbsent(slash > 0 ? set.name().substring(0, slash) : set.name(), g -> new ArrayList<>())
                    .add(set);
        }
        return groups;
    }

    private static SetResult score(GoldSet set, List<Alignment> alignments) {
        List<Scorer.Pair> pairs = new ArrayList<>();
        List<Scores> perDocument = new ArrayList<>();
        List<Calibration.Document> calibration = new ArrayList<>();
        List<List<Bead>> outputs = new ArrayList<>();
        for (int d = 0; d < set.documents().size(); d++) {
            GoldDocument document = set.documents().get(d);
            Alignment alignment = alignments.get(d);
            outputs.add(alignment.beads());
            Scorer.Pair pair = new Scorer.Pair(alignment.beads().stream().map(BeadFormat::of).toList(),
                    document.gold());
            pairs.add(pair);
            perDocument.add(Scorer.score(List.of(pair)));
            calibration.add(new Calibration.Document(alignment.beads(), document.gold()));
        }
        return new SetResult(set, Scorer.score(pairs), Calibration.of(calibration), perDocument, outputs);
    }

    /** The documents of several results scored as one set (pooled as {@code score.py} pools them). */
    public static SetResult pool(String name, List<SetResult> results) {
        List<GoldDocument> documents = new ArrayList<>();
        List<Scorer.Pair> pairs = new ArrayList<>();
        List<Calibration.Document> calibration = new ArrayList<>();
        List<List<Bead>> outputs = new ArrayList<>();
        for (SetResult result : results) {
            for (int d = 0; d < result.set().documents().size(); d++) {
                GoldDocument document = result.set().documents().get(d);
                List<Bead> beads = result.alignments().get(d);
                documents.add(document);
                outputs.add(beads);
                pairs.add(new Scorer.Pair(beads.stream().map(BeadFormat::of).toList(), document.gold()));
                calibration.add(new Calibration.Document(beads, document.gold()));
            }
        }
        GoldSet first = results.getFirst().set();
        GoldSet pooled = new GoldSet(name, first.source(), first.target(), documents);
        return new SetResult(pooled, Scorer.score(pairs), Calibration.of(calibration), results.stream()
                .flatMap(r -> r.documentScores().stream()).toList(), outputs);
    }
}
