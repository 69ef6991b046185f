package org.rosetta.align;

/**
 * How a pass prices a bead that pairs two kinds of page furniture (a breadcrumb on one page, a "Press release"
 * label on the other; a share line, a "Read more" link): such lines never translate each other.
 */
enum FurnitureKinds {
    /**
     * At {@link StructureScorer#MIXED_KINDS}, as body text with furniture: the first pass's, whose beads teach the
     * later passes how often a page leaves material out. Forbidding the pairing there too made every page's
     * furniture look like left-out text and the later passes leave out body sentences they should merge (measured:
     * free-statements 0.931 -> 0.882 strict).
     */
    PRICED,
    /** Never: the later passes', which leave both lines out. */
    APART
}
