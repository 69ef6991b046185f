package org.rosetta.eval;

import org.rosetta.align.DocumentPair;
import org.rosetta.align.SentenceAligner;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            results.add(score(sets.get(k), aligned.get(k).stream().map(Alignment::beads).toList()));
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
    public static Map<String, List<GoldSet>> byFolder(List<GoldSet> sets) {
        Map<String, List<GoldSet>> groups = new LinkedHashMap<>();
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

    /** Each document's beads scored against its gold, and all of them pooled as {@code score.py} pools them. */
    private static SetResult score(GoldSet set, List<List<Bead>> beads) {
        List<Scorer.Pair> pairs = new ArrayList<>();
        List<Scores> perDocument = new ArrayList<>();
        List<Calibration.Document> calibration = new ArrayList<>();
        for (int d = 0; d < set.documents().size(); d++) {
            GoldDocument document = set.documents().get(d);
            Scorer.Pair pair = new Scorer.Pair(beads.get(d).stream().map(BeadFormat::of).toList(), document.gold());
            pairs.add(pair);
            perDocument.add(Scorer.score(List.of(pair)));
            calibration.add(new Calibration.Document(beads.get(d), document.gold()));
        }
        return new SetResult(set, Scorer.score(pairs), Calibration.of(calibration), perDocument, beads);
    }

    /** The documents of several results scored as one set (pooled as {@code score.py} pools them). */
    public static SetResult pool(String name, List<SetResult> results) {
        List<GoldDocument> documents = new ArrayList<>();
        List<List<Bead>> beads = new ArrayList<>();
        for (SetResult result : results) {
            documents.addAll(result.set().documents());
            beads.addAll(result.alignments());
        }
        GoldSet first = results.getFirst().set();
        return score(new GoldSet(name, first.source(), first.target(), documents), beads);
    }
}
