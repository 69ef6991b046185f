package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/** Whether two language versions are written in one script (English and French, Persian and Arabic) or in two. */
enum Scripts {
    SAME, ACROSS;

    /** By the script most of each document's first 20,000 letters are in. */
    static Scripts of(SegmentedDocument a, SegmentedDocument b) {
        return dominant(a) == dominant(b) ? SAME : ACROSS;
    }

    private static Character.UnicodeScript dominant(SegmentedDocument document) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        String text = document.document().text();
        for (int i = 0; i < Math.min(text.length(), 20_000); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                counts[Character.UnicodeScript.of(c).ordinal()]++;
            }
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return Character.UnicodeScript.values()[best];
    }
}
