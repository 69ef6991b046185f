package org.rosetta.model;

/**
 * A link between consecutive source sentences {@code [sourceStart, sourceEnd)} and consecutive target sentences
 * {@code [targetStart, targetEnd)}. Either side may be empty (an omission or an addition), not both.
 *
 * @param confidence how sure the aligner is of this bead, from 0 (a guess) to 1 (certain)
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence) {

    public Bead {
        if (sourceStart < 0 || sourceEnd < sourceStart || targetStart < 0 || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead " + sourceStart + ".." + sourceEnd + " : "
                    + targetStart + ".." + targetEnd);
        }
        if (sourceStart == sourceEnd && targetStart == targetEnd) {
            throw new IllegalArgumentException("empty bead at " + sourceStart + ":" + targetStart);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    public int targetCount() {
        return targetEnd - targetStart;
    }

    /** The bead's shape, {@code 1-1}, {@code 2-1}, {@code 0-1}, ... */
    public String type() {
        return sourceCount() + "-" + targetCount();
    }
}
