package org.rosetta.eval;

import java.util.List;

/**
 * A bead as the evaluation format writes it: {@code [2, 3]:[4]}, 0-based sentence numbers on each side; either side
 * may be empty (an omission or an addition).
 */
public record GoldBead(List<Integer> source, List<Integer> target) {

    public GoldBead {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public boolean isNull() {
        return source.isEmpty() || target.isEmpty();
    }

    /** {@code [2, 3]:[4]}, as {@code score.py} and Vecalign write it. */
    public String format() {
        return source + ":" + target;
    }
}
