package org.rosetta.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the document pairs of one language pair show together, for each pair's estimates to fall back on: the
 * bead shapes ({@link Priors}) and, per evidence channel, the similarity bins of right beads and near
 * misses ({@link EvidenceModel}). {@link #none()} when a pair has no siblings: Gale and Church's priors and
 * add-one smoothing. Immutable.
 */
final class Background {

    private final Priors priors;
    private final Map<Signal, EvidenceModel.Counts> evidence;

    private Background(Priors priors, Map<Signal, EvidenceModel.Counts> evidence) {
        this.priors = priors;
        this.evidence = evidence;
    }

    static Background none() {
        return new Background(Priors.galeChurch(), Map.of());
    }

    /** Pools the statistics of several pairs' alignments; the pooled priors are themselves shrunk to Gale-Church. */
    static Background pool(List<Statistics> pairs) {
        double[] shapes = new double[BeadShape.values().length];
        Map<Signal, EvidenceModel.Counts> evidence = new EnumMap<>(Signal.class);
        for (Statistics pair : pairs) {
            for (int s = 0; s < shapes.length; s++) {
                shapes[s] += pair.shapes()[s];
            }
            pair.evidence().forEach((channel, counts) -> evidence.merge(channel, counts, EvidenceModel.Counts::plus));
        }
        return new Background(Priors.estimate(shapes, Priors.galeChurch()), evidence);
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
