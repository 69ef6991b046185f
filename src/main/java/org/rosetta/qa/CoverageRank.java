package org.rosetta.qa;

import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.query.SourceCoverage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Where each unit's coverage ({@link SourceCoverage}: the share of its source's content words with a partner in
 * its target) stands among its pair's: how surprising so little is, as minus the log of the share of units covered
 * as little or less (this one counted, of one more than there are: the least covered of a hundred costs 4.6), at
 * most {@value #MOST} (one in a hundred), so that coverage alone never makes a finding. Weighed for a pair of at most
 * {@value #MOST_UNITS} units whose languages write words apart. Immutable.
 *
 * @param shares each unit's coverage, by unit pair as given
 * @param sorted the same shares in ascending order
 */
record CoverageRank(Map<UnitPair, Double> shares, double[] sorted) {

    /** The most a unit's coverage counts, in cost (-log of 0.01). */
    static final double MOST = 4.6;
    /**
     * The most units of a pair whose coverage is weighed: its word alignment costs about three milliseconds a unit of
     * long sentences (Text+Berg); a larger collection is checked by lengths alone.
     */
    static final int MOST_UNITS = 2_000;

    /** No coverage: every unit's surprise is 0. */
    static CoverageRank none() {
        return new CoverageRank(Map.of(), new double[0]);
    }

    /** The coverage of the pairs' units that have both sides. */
    static CoverageRank of(List<UnitPair> pairs, LanguageAnalyzers analyzers) {
        List<UnitPair> both = pairs.stream().filter(UnitPair::hasBoth).toList();
        if (both.isEmpty() || both.size() > MOST_UNITS
                || !SourceCoverage.measures(both.getFirst().source(), both.getFirst().target())) {
            return none();
        }
        double[] values = SourceCoverage.of(analyzers, both.getFirst().source(), both.getFirst().target(),
                both.stream().map(p -> new String[] {p.sourceText(), p.targetText()}).toList());
        Map<UnitPair, Double> shares = new HashMap<>();
        for (int p = 0; p < both.size(); p++) {
            shares.put(both.get(p), values[p]);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new CoverageRank(Map.copyOf(shares), sorted);
    }

    /** The unit's coverage, if it was weighed. */
    OptionalDouble share(UnitPair pair) {
        Double share = shares.get(pair);
        return share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
    }

    /** How surprising the unit's coverage is (the class says how); 0 for a unit not weighed. */
    double surprise(UnitPair pair) {
        OptionalDouble share = share(pair);
        if (share.isEmpty()) {
            return 0;
        }
        int atMost = 0;
        while (atMost < sorted.length && sorted[atMost] <= share.getAsDouble()) {
            atMost++;
        }
        return Math.min(MOST, -Math.log((double) Math.max(1, atMost) / (sorted.length + 1)));
    }
}
