package org.rosetta.align;

import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a person fixed in the alignment of one document pair, which the aligner must keep: links (a source range
 * and a target range, both non-empty, that form one bead whatever its shape) and sentences that have no
 * counterpart ("alone"). The search is forced through the links; the stretches between them are aligned with the
 * same costs as without, and an alone sentence only ever sits in an omission. Links are in document order and
 * never overlap; an alone sentence is never inside a link. Immutable.
 *
 * @param links        fixed beads, in order, each with a sentence on both sides (their confidence is ignored)
 * @param aloneSource  source sentences without counterpart, by index
 * @param aloneTarget  target sentences without counterpart, by index
 */
public record Constraints(List<Bead> links, SortedSet<Integer> aloneSource, SortedSet<Integer> aloneTarget) {

    public Constraints {
        links = List.copyOf(links);
        aloneSource = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aloneSource));
        aloneTarget = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aloneTarget));
        for (int k = 0; k < links.size(); k++) {
            Bead link = links.get(k);
            if (link.sourceCount() == 0 || link.targetCount() == 0) {
                throw new IllegalArgumentException("a fixed link needs sentences on both sides: " + link.type());
            }
            if (k > 0 && !follows(links.get(k - 1), link)) {
                throw new IllegalArgumentException("fixed links overlap or cross at " + link.sourceStart() + ":"
                        + link.targetStart());
            }
        }
    }

    public static Constraints none() {
        return new Constraints(List.of(), new TreeSet<>(), new TreeSet<>());
    }

    /**
     * These constraints and {@code link} (source and target ranges as a bead); empty when the link overlaps or
     * crosses one already fixed, or holds an alone sentence: the two cannot both hold.
     */
    public Optional<Constraints> withLink(Bead link) {
        if (link.sourceCount() == 0 || link.targetCount() == 0 || holdsAlone(link)) {
            return Optional.empty();
        }
        List<Bead> more = new ArrayList<>(links);
        int at = 0;
        while (at < more.size() && more.get(at).sourceStart() < link.sourceStart()) {
            at++;
        }
        if ((at > 0 && !follows(more.get(at - 1), link)) || (at < more.size() && !follows(link, more.get(at)))) {
            return Optional.empty();
        }
        more.add(at, link);
        return Optional.of(new Constraints(more, aloneSource, aloneTarget));
    }

    /** These constraints and a source (or target) sentence without counterpart; empty when a link holds it. */
    public Optional<Constraints> withAlone(Side side, int sentence) {
        for (Bead link : links) {
            int from = side == Side.SOURCE ? link.sourceStart() : link.targetStart();
            int to = side == Side.SOURCE ? link.sourceEnd() : link.targetEnd();
            if (sentence >= from && sentence < to) {
                return Optional.empty();
            }
        }
        SortedSet<Integer> source = new TreeSet<>(aloneSource);
        SortedSet<Integer> target = new TreeSet<>(aloneTarget);
        (side == Side.SOURCE ? source : target).add(sentence);
        return Optional.of(new Constraints(links, source, target));
    }

    /** Which document of the pair a sentence is in. */
    public enum Side { SOURCE, TARGET }

    /** Whether every link and alone sentence lies inside documents of these sizes. */
    boolean fits(int n, int m) {
        return links.stream().allMatch(l -> l.sourceEnd() <= n && l.targetEnd() <= m)
                && (aloneSource.isEmpty() || aloneSource.last() < n)
                && (aloneTarget.isEmpty() || aloneTarget.last() < m);
    }

    private boolean holdsAlone(Bead link) {
        return !aloneSource.subSet(link.sourceStart(), link.sourceEnd()).isEmpty()
                || !aloneTarget.subSet(link.targetStart(), link.targetEnd()).isEmpty();
    }

    private static boolean follows(Bead before, Bead after) {
        return after.sourceStart() >= before.sourceEnd() && after.targetStart() >= before.targetEnd();
    }
}
