package org.rosetta.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the document pairs of one kind show together, for each pair's estimates to fall back on: the bead shapes
 * ({@link Priors}) of all of them, in any languages, and, per evidence channel, the similarity bins of right beads
 * and near misses ({@link EvidenceModel}) of those of the pair's own two languages. A pair without siblings falls
 * back on Gale and Church's priors and add-one smoothing. Immutable.
 */
final class Background {

    private final Priors priors;
    private final Map<Signal, EvidenceModel.Counts> evidence;

    private Background(Priors priors, Map<Signal, EvidenceModel.Counts> evidence) {
        this.priors = priors;
        this.evidence = evidence;
    }

    /**
     * The evidence of {@code evidenceFrom} pooled (pairs of one language pair) and the bead shapes of
     * {@code shapesFrom} (pairs of the same kind in any languages), the pooled priors shrunk to Gale-Church; with
     * neither, Gale and Church's priors and add-one smoothing.
     */
    static Background pool(List<Statistics> evidenceFrom, List<Statistics> shapesFrom) {
        double[] shapes = new double[BeadShape.values().length];
        for (Statistics pair : shapesFrom) {
            for (int s = 0; s < shapes.length; s++) {
                shapes[s] += pair.shapes()[s];
            }
        }
        Map<Signal, EvidenceModel.Counts> evidence = new EnumMap<>(Signal.class);
        for (Statistics pair : evidenceFrom) {
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
