package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes which documents are translations of which when file names do not say: documents are compared by their
 * anchors (numbers, dates, URLs, names as transliterated skeletons; the evidence that survives translation) and
 * their length. Score: the Dice overlap of the two anchor sets, times how plausible the length ratio is next to
 * the other candidates'. Pairs are taken best first, each document at most once. Thread-safe.
 */
public final class DocumentPairer {

    /** A proposed pair, with a score in 0..1 and the number of anchors they share. */
    public record Proposal(SegmentedDocument source, SegmentedDocument target, double score, int sharedAnchors) {
    }

    public List<Proposal> pair(List<SegmentedDocument> sources, List<SegmentedDocument> targets) {
        List<Set<String>> sourceAnchors = sources.stream().map(DocumentPairer::anchors).toList();
        List<Set<String>> targetAnchors = targets.stream().map(DocumentPairer::anchors).toList();
        double typicalRatio = medianRatio(sources, targets);
        List<Proposal> candidates = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            for (int t = 0; t < targets.size(); t++) {
                Set<String> shared = new HashSet<>(sourceAnchors.get(s));
                shared.retainAll(targetAnchors.get(t));
                int total = sourceAnchors.get(s).size() + targetAnchors.get(t).size();
                double dice = total == 0 ? 0 : 2.0 * shared.size() / total;
                double ratio = (double) length(targets.get(t)) / Math.max(1, length(sources.get(s)));
                double lengthFit = Math.exp(-Math.abs(Math.log(ratio / typicalRatio)));
                candidates.add(new Proposal(sources.get(s), targets.get(t), dice * lengthFit, shared.size()));
            }
        }
        candidates.sort(Comparator.comparingDouble(Proposal::score).reversed());
        Set<SegmentedDocument> used = new HashSet<>();
        List<Proposal> pairs = new ArrayList<>();
        for (Proposal candidate : candidates) {
            if (candidate.score() > 0 && !used.contains(candidate.source()) && !used.contains(candidate.target())) {
                used.add(candidate.source());
                used.add(candidate.target());
                pairs.add(candidate);
            }
        }
        return pairs;
    }

    private static Set<String> anchors(SegmentedDocument document) {
        Set<String> anchors = new HashSet<>();
        Cognates names = new Cognates(Scripts.ACROSS);
        String text = document.document().text();
        anchors.addAll(WordNormaliser.anchors(text));
        for (String word : WordNormaliser.words(text)) {
            if (!Character.isDigit(word.charAt(0)) && word.length() >= 5) {
                names.key(word).ifPresent(anchors::add);
            }
        }
        return anchors;
    }

    private static int length(SegmentedDocument document) {
        return document.document().text().length();
    }

    /** The median target/source length ratio over all candidate pairs: how much longer the target language runs. */
    private static double medianRatio(List<SegmentedDocument> sources, List<SegmentedDocument> targets) {
        List<Double> ratios = new ArrayList<>();
        Map<SegmentedDocument, Integer> lengths = new HashMap<>();
        for (SegmentedDocument s : sources) {
            for (SegmentedDocument t : targets) {
                ratios.add((double) lengths.computeIfAbsent(t, DocumentPairer::length)
                        / Math.max(1, lengths.computeIfAbsent(s, DocumentPairer::length)));
            }
        }
        ratios.sort(Double::compare);
        return ratios.isEmpty() ? 1 : ratios.get(ratios.size() / 2);
    }
}
