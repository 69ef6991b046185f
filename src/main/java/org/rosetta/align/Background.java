package org.rosetta.align;

import java.util.List;

/**
 * What the document pairs of one language pair show together, for each pair's estimates to fall back on: the
 * bead shapes ({@link Priors}) and, per evidence channel, the similarity bins of right beads and near
 * misses ({@link EvidenceModel}). {@link #none()} when a pair has no siblings: Gale and Church's priors and
 * add-one smoothing. Immutable.
 */
final class Background {

    private final Priors priors;
    private final EvidenceModel.Counts[] evidence;

    private Background(Priors priors, EvidenceModel.Counts[] evidence) {
        this.priors = priors;
        this.evidence = evidence;
    }

    static Background none() {
        EvidenceModel.Counts[] evidence = new EvidenceModel.Counts[SentenceKeys.CHANNELS];
        java.util.Arrays.fill(evidence, EvidenceModel.Counts.none());
        return new Background(Priors.galeChurch(), evidence);
    }

    /** Pools the statistics of several pairs' alignments; the pooled priors are themselves shrunk to Gale-Church. */
    static Background pool(List<Statistics> pairs) {
        double[] shapes = new double[BeadShape.values().length];
        EvidenceModel.Counts[] evidence = none().evidence.clone();
        for (Statistics pair : pairs) {
            for (int s = 0; s < shapes.length; s++) {
                shapes[s] += pair.shapes()[s];
            }
            for (int c = 0; c < evidence.length; c++) {
                evidence[c] = evidence[c].plus(pair.evidence()[c]);
            }
        }
        return new Background(Priors.estimate(shapes, Priors.galeChurch()), evidence);
    }

    Priors priors() {
        return priors;
    }

    EvidenceModel.Counts evidence(int channel) {
        return evidence[channel];
    }

    /** One pair's alignment summarised: shape counts and evidence bin counts per channel. */
    record Statistics(double[] shapes, EvidenceModel.Counts[] evidence) {
    }
}
