package org.rosetta.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the document pairs of one kind show together, for each pair's estimates to fall back on: the bead shapes
 * ({@link Priors}) and, per evidence channel, the similarity bins of right beads and near misses
 * ({@link EvidenceModel}); shapes, numbers and links from the pairs in every language, words from those of the
 * pair's own two languages. A pair without siblings falls back on the bead shapes of web statements
 * ({@link Priors#statements}) and add-one smoothing.
 * Immutable.
 */
final class Background {

    private final Priors priors;
    private final Map<Signal, EvidenceModel.Counts> evidence;

    private Background(Priors priors, Map<Signal, EvidenceModel.Counts> evidence) {
        this.priors = priors;
        this.evidence = evidence;
    }

    /**
     * The statistics of {@code sameLanguages} (the pair's siblings of its two languages) and of {@code sameKind}
     * (the pairs of its collection in any languages) pooled: bead shapes, and the evidence of the channels written
     * alike in every language ({@link Signal#sameInEveryLanguage}), from the second; the other channels' evidence
     * from the first. The pooled priors are themselves shrunk to Gale-Church; with no statistics at all (a document
     * pair aligned alone: {@code align}, a collection of one document in two languages), the priors of web
     * statements, since that is what a user aligns, and add-one smoothing. (Only the fallback: the first pass keeps
     * Gale and Church's, which a book or a debate needs, measured: Text+Berg 0.850 -> 0.800 strict with 5% there.)
     */
    static Background pool(List<Statistics> sameLanguages, List<Statistics> sameKind) {
        double[] shapes = new double[BeadShape.values().length];
        Map<Signal, EvidenceModel.Counts> evidence = new EnumMap<>(Signal.class);
        for (Statistics pair : sameKind) {
            for (int s = 0; s < shapes.length; s++) {
                shapes[s] += pair.shapes()[s];
            }
            add(evidence, pair, Signal::sameInEveryLanguage);
        }
        for (Statistics pair : sameLanguages) {
            add(evidence, pair, channel -> !channel.sameInEveryLanguage());
        }
        return new Background(Priors.estimate(shapes, sameKind.isEmpty() ? Priors.statements() : Priors.galeChurch()),
                evidence);
    }

    private static void add(Map<Signal, EvidenceModel.Counts> evidence, Statistics pair,
                            java.util.function.Predicate<Signal> channels) {
        pair.evidence().forEach((channel, counts) -> {
            if (channels.test(channel)) {
                evidence.merge(channel, counts, EvidenceModel.Counts::plus);
            }
        });
    }

    Priors priors() {
        return priors;
    }

    /** The pooled bins of a channel; none when no pair had keys in it. */
    EvidenceModel.Counts evidence(Signal channel) {
        return evidence.getOrDefault(channel, EvidenceModel.Counts.none());
    }

    /** One pair's alignment summarised: shape counts and evidence bin counts per channel. */
    record Statistics(double[] shapes, Map<Signal, EvidenceModel.Counts> evidence) {
    }
}
