package org.rosetta.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision / recall / F1 of aligner beads against gold beads, as Vecalign, Bertalign and SentAlign
 * count them (and {@code shared/tools/score.py}): precision over every output bead, null beads included; recall
 * over gold beads that are not null; strict when a bead equals a gold bead; lax when it shares a source and a target
 * sentence with one; counts pooled over all documents before dividing. Stateless.
 */
public final class Scorer {

    /** One document's output and gold. */
    public record Pair(List<GoldBead> output, List<GoldBead> gold) {
    }

    public static Scores score(List<Pair> documents) {
        long[] precision = new long[4];
        long[] recall = new long[4];
        for (Pair document : documents) {
            add(precision, counts(document.gold(), document.output()));
            add(recall, counts(nonNull(document.output()), nonNull(document.gold())));
        }
        double ps = ratio(precision[0], precision[1]);
        double pl = ratio(precision[2], precision[3]);
        double rs = ratio(recall[0], recall[1]);
        double rl = ratio(recall[2], recall[3]);
        return new Scores(ps, rs, f1(ps, rs), pl, rl, f1(pl, rl));
    }

    /** {true strict, false strict, true lax, false lax} of {@code test} against {@code reference}. */
    private static long[] counts(List<GoldBead> reference, List<GoldBead> test) {
        Set<GoldBead> gold = new HashSet<>();
        Map<Integer, Set<Integer>> targetsOf = new HashMap<>();
        for (GoldBead bead : reference) {
            if (!bead.source().isEmpty() || !bead.target().isEmpty()) {
                gold.add(bead);
                for (int s : bead.source()) {
                    targetsOf.computeIfAbsent(s, k -> new HashSet<>()).addAll(bead.target());
                }
            }
        }
        long[] counts = new long[4];
        for (GoldBead bead : new LinkedHashSet<>(test)) {
            if (bead.source().isEmpty() && bead.target().isEmpty()) {
                continue;
            }
            if (gold.contains(bead)) {
                counts[0]++;
                counts[2]++;
                continue;
            }
            counts[1]++;
            Set<Integer> linked = new HashSet<>();
            bead.source().forEach(s -> linked.addAll(targetsOf.getOrDefault(s, Set.of())));
            if (bead.target().stream().anyMatch(linked::contains)) {
                counts[2]++;
            } else {
                counts[3]++;
            }
        }
        return counts;
    }

    private static List<GoldBead> nonNull(List<GoldBead> beads) {
        return beads.stream().filter(b -> !b.isNull()).toList();
    }

    private static void add(long[] total, long[] more) {
        for (int i = 0; i < total.length; i++) {
            total[i] += more[i];
        }
    }

    private static double ratio(long good, long bad) {
        return good + bad == 0 ? 0 : (double) good / (good + bad);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private Scorer() {
    }
}
