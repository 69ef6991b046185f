package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.MultiBead;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Aligns several language versions of a document through a pivot: every other version is aligned to the pivot with
 * a {@link SentenceAligner}, and the pairwise beads are merged at the pivot positions where every pair has a bead
 * boundary. Sentences a version adds where every pair has a boundary form a unit without pivot text, one per
 * version; added sentences inside a unit stay in it.
 * Thread-safe if the pairwise aligner is.
 */
public final class PivotAligner {

    private final SentenceAligner pairwise;

    public PivotAligner(SentenceAligner pairwise) {
        this.pairwise = pairwise;
    }

    /** Aligns {@code others} to {@code pivot}; the result lists the pivot first, then the others in given order. */
    public MultiAlignment align(SegmentedDocument pivot, List<SegmentedDocument> others) {
        return merge(pivot, others.stream().map(other -> pairwise.align(pivot, other)).toList());
    }

    /**
     * One document's versions: the pivot, the others to align to it, and what a person fixed in each of those
     * pairs ({@code constraints.get(k)} for {@code others.get(k)}, the pivot as source).
     */
    public record Versions(SegmentedDocument pivot, List<SegmentedDocument> others, List<Constraints> constraints) {

        public Versions {
            others = List.copyOf(others);
            constraints = List.copyOf(constraints);
            if (constraints.size() != others.size()) {
                throw new IllegalArgumentException("one set of constraints per other version");
            }
        }

        /** Versions with nothing fixed. */
        public Versions(SegmentedDocument pivot, List<SegmentedDocument> others) {
            this(pivot, others, others.stream().map(o -> Constraints.none()).toList());
        }
    }

    /**
     * Aligns the versions of several documents (a collection's), in the given order; the pairwise aligner sees all
     * pairs of the collection at once, grouped by language pair ({@link SentenceAligner#alignGroups}), so short
     * documents learn from their siblings.
     */
    public List<MultiAlignment> alignAll(List<Versions> documents) {
        Map<List<Language>, List<int[]>> groups = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Versions versions = documents.get(d);
            for (int o = 0; o < versions.others().size(); o++) {
                groups.computeIfAbsent(List.of(versions.pivot().language(), versions.others().get(o).language()),
                        k -> new ArrayList<>()).add(new int[] {d, o});
            }
        }
        Alignment[][] pairs = new Alignment[documents.size()][];
        for (int d = 0; d < documents.size(); d++) {
            pairs[d] = new Alignment[documents.get(d).others().size()];
        }
        List<List<int[]>> members = List.copyOf(groups.values());
        List<List<Alignment>> aligned = pairwise.alignGroups(members.stream().map(group -> group.stream()
                .map(at -> new DocumentPair(documents.get(at[0]).pivot(), documents.get(at[0]).others().get(at[1]),
                        documents.get(at[0]).constraints().get(at[1]))).toList()).toList());
        for (int k = 0; k < members.size(); k++) {
            List<int[]> group = members.get(k);
            for (int g = 0; g < group.size(); g++) {
                pairs[group.get(g)[0]][group.get(g)[1]] = aligned.get(k).get(g);
            }
        }
        List<MultiAlignment> result = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            result.add(merge(documents.get(d).pivot(), List.of(pairs[d])));
        }
        return result;
    }

    /**
     * Merges pairwise alignments of the pivot (their source) with each other version into multilingual beads, the
     * pivot first, then the others in the order of {@code pairs}. Sentences a pair adds at a pivot position where
     * every pair has a bead boundary become a unit of their own (empty on the pivot side), as the pairwise
     * alignment says, rather than being glued onto a neighbour, or onto what another version adds there.
     */
    public static MultiAlignment merge(SegmentedDocument pivot, List<Alignment> pairs) {
        int[] cuts = java.util.stream.IntStream.of(commonCuts(pivot.size(), pairs)).distinct().toArray();
        BitSet insertions = insertionSlots(cuts, pairs);
        List<Slot> slots = new ArrayList<>();
        for (int u = 0; u < cuts.length; u++) {
            if (insertions.get(cuts[u])) {
                slots.add(new Slot(cuts[u], cuts[u]));
            }
            if (u + 1 < cuts.length && cuts[u + 1] > cuts[u]) {
                slots.add(new Slot(cuts[u], cuts[u + 1]));
            }
        }
        List<SequencedMap<Language, Span>> ranges = new ArrayList<>();
        double[][] confidence = new double[pairs.size()][slots.size()];
        for (Slot slot : slots) {
            SequencedMap<Language, Span> unit = new LinkedHashMap<>();
            unit.put(pivot.language(), new Span(slot.from(), slot.to()));
            ranges.add(unit);
        }
        List<Map<Integer, List<Bead>>> added = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            java.util.Arrays.fill(confidence[p], 1.0);
            added.add(assign(pairs.get(p), slots, ranges, confidence[p]));
        }
        List<MultiBead> beads = new ArrayList<>();
        for (int u = 0; u < ranges.size(); u++) {
            if (slots.get(u).isInsertion()) {
                beads.addAll(apart(ranges.get(u), u, added));
            } else {
                SequencedMap<Language, Double> links = new LinkedHashMap<>();
                for (int p = 0; p < pairs.size(); p++) {
                    links.put(pairs.get(p).target().language(), confidence[p][u]);
                }
                beads.add(new MultiBead(ranges.get(u), links));
            }
        }
        List<SegmentedDocument> documents = new ArrayList<>();
        documents.add(pivot);
        pairs.forEach(pair -> documents.add(pair.target()));
        return new MultiAlignment(documents, beads);
    }

    /**
     * The units of sentences that versions add at one pivot position ({@code unit}): one per bead of a version's
     * own pairwise alignment there ({@code added}, per pair the beads without pivot sentences by the unit they fall
     * in), each with the probability that alignment gives that its sentences have no pivot counterpart. Nothing
     * aligned the versions with each other there (a French "Communiqué de presse" and a Persian breadcrumb, each
     * left out of the English, are not translations of each other for that), so they are not one unit; nor are two
     * lines one version adds that its alignment keeps apart (a breadcrumb and a date line, a line a person unlinked
     * and the next); in document order, version after version.
     */
    private static List<MultiBead> apart(SequencedMap<Language, Span> unit, int at,
                                         List<Map<Integer, List<Bead>>> added) {
        List<Language> languages = List.copyOf(unit.sequencedKeySet());
        List<MultiBead> beads = new ArrayList<>();
        for (int k = 1; k < languages.size(); k++) {
            for (Bead bead : added.get(k - 1).getOrDefault(at, List.of())) {
                SequencedMap<Language, Span> alone = new LinkedHashMap<>();
                for (int other = 0; other < languages.size(); other++) {
                    Span range = unit.get(languages.get(other));
                    alone.put(languages.get(other), other == k ? new Span(bead.targetStart(), bead.targetEnd())
                            : other < k ? new Span(range.end(), range.end()) : new Span(range.start(), range.start()));
                }
                beads.add(new MultiBead(alone, linked(languages.get(k), bead.confidence())));
            }
        }
        return beads;
    }

    private static SequencedMap<Language, Double> linked(Language language, double confidence) {
        SequencedMap<Language, Double> links = new LinkedHashMap<>();
        links.put(language, confidence);
        return links;
    }

    /** A unit's pivot range; empty for a unit of sentences the other versions add at that position. */
    private record Slot(int from, int to) {
        boolean isInsertion() {
            return from == to;
        }
    }

    /** The common cut positions at which some pair has a bead with target sentences and no pivot sentence. */
    private static BitSet insertionSlots(int[] cuts, List<Alignment> pairs) {
        BitSet common = new BitSet();
        for (int cut : cuts) {
            common.set(cut);
        }
        BitSet slots = new BitSet();
        for (Alignment pair : pairs) {
            for (Bead bead : pair.beads()) {
                if (bead.sourceCount() == 0 && common.get(bead.sourceStart())) {
                    slots.set(bead.sourceStart());
                }
            }
        }
        return slots;
    }

    /** Pivot positions where every pairwise alignment has a bead boundary, from 0 to the pivot's size. */
    private static int[] commonCuts(int pivotSize, List<Alignment> pairs) {
        if (pivotSize == 0) {
            return new int[] {0, 0};
        }
        BitSet common = new BitSet(pivotSize + 1);
        common.set(1, pivotSize + 1);
        for (Alignment pair : pairs) {
            BitSet cuts = new BitSet(pivotSize + 1);
            for (Bead bead : pair.beads()) {
                cuts.set(bead.sourceEnd());
            }
            common.and(cuts);
        }
        common.set(0);
        common.set(pivotSize);
        return common.stream().toArray();
    }

    /**
     * Puts the target sentences of {@code pair} into the units of {@code slots} and lowers each unit's confidence to
     * its least confident bead; returns the beads that fall in insertion units, by unit, for {@link #apart}.
     */
    private static Map<Integer, List<Bead>> assign(Alignment pair, List<Slot> slots,
                                                   List<SequencedMap<Language, Span>> ranges, double[] confidence) {
        Map<Integer, List<Bead>> inserted = new java.util.HashMap<>();
        int units = slots.size();
        int[] start = new int[units];
        int[] end = new int[units];
        java.util.Arrays.fill(start, -1);
        int unit = 0;
        for (Bead bead : pair.beads()) {
            unit = slotOf(bead, slots, unit);
            if (start[unit] < 0) {
                start[unit] = bead.targetStart();
            }
            end[unit] = bead.targetEnd();
            confidence[unit] = Math.min(confidence[unit], bead.confidence());
            if (slots.get(unit).isInsertion()) {
                inserted.computeIfAbsent(unit, u -> new ArrayList<>()).add(bead);
            }
        }
        int previousEnd = 0;
        for (int u = 0; u < units; u++) {
            Span span = start[u] < 0 ? new Span(previousEnd, previousEnd) : new Span(start[u], end[u]);
            ranges.get(u).put(pair.target().language(), span);
            previousEnd = span.end();
        }
        return inserted;
    }

    /**
     * The unit a bead falls in, searching forward from {@code from}: the insertion unit at its position for a bead
     * without pivot sentences where there is one; otherwise the unit holding its pivot sentences (a bead without
     * pivot sentences inside a unit joins that unit, or the one before).
     */
    private static int slotOf(Bead bead, List<Slot> slots, int from) {
        int unit = from;
        if (bead.sourceCount() == 0) {
            for (int u = unit; u < slots.size() && slots.get(u).from() <= bead.sourceStart(); u++) {
                if (slots.get(u).isInsertion() && slots.get(u).from() == bead.sourceStart()) {
                    return u;
                }
                if (slots.get(u).to() > bead.sourceStart()) {
                    return u;
                }
                unit = u;
            }
            return unit;
        }
        while (unit + 1 < slots.size() && (slots.get(unit).isInsertion() || bead.sourceStart() >= slots.get(unit).to())) {
            unit++;
        }
        return unit;
    }
}
