package org.rosetta.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ICU's sentence breaks of a text, with ICU's abbreviation suppressions for the language ({@link
 * Abbreviations#sentenceIterator}) kept only where the abbreviation is the whole word before the full stop. ICU4J
 * matches a suppression against the end of that word (measured on ICU4J 77), so French {@code aux.} (auxiliaire)
 * kept "travaux. Les" together, {@code mer.} (mercredi) "affirmer. Les", German {@code r.} "später. Dann", Spanish
 * {@code ago.} "lago. Luego": a suppression a proper ending of the word also triggers on its own is such a misfire,
 * and the break stands. Abbreviations written with inner full stops or hyphens ({@code z.B.}, {@code J.-C.}) are
 * left to ICU; the project's own lists ({@link Abbreviations#endsWithAbbreviation}) apply after this. Not
 * thread-safe: one per segmentation.
 */
final class IcuBreaks {

    private final BreakIterator plain;
    private final BreakIterator filtered;
    private final Map<String, Boolean> misfires = new HashMap<>();

    IcuBreaks(Language language) {
        this.plain = BreakIterator.getSentenceInstance(new ULocale(language.tag().replace('-', '_')));
        this.filtered = Abbreviations.sentenceIterator(language);
    }

    /** The ends of the sentences of {@code text}, in order; the last is the text's end. */
    List<Integer> of(String text) {
        Set<Integer> suppressedNot = breaks(filtered, text);
        List<Integer> ends = new ArrayList<>();
        plain.setText(text);
        for (int end = plain.next(); end != BreakIterator.DONE; end = plain.next()) {
            if (suppressedNot.contains(end) || misfire(text, end)) {
                ends.add(end);
            }
        }
        return ends;
    }

    private static Set<Integer> breaks(BreakIterator iterator, String text) {
        Set<Integer> breaks = new HashSet<>();
        iterator.setText(text);
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            breaks.add(end);
        }
        return breaks;
    }

    /** Whether ICU suppressed the break at {@code end} for an abbreviation that is only the end of the word. */
    private boolean misfire(String text, int end) {
        int stop = end;
        while (stop > 0 && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        if (stop == 0 || text.charAt(stop - 1) != '.') {
            return false;
        }
        int start = stop - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == stop - 1 || start > 0 && ".-".indexOf(text.charAt(start - 1)) >= 0) {
            return false; // no word, or one part of "z.B." or "J.-C."
        }
        String word = text.substring(start, stop - 1);
        return misfires.computeIfAbsent(word, this::endingSuppresses);
    }

    /** Whether a proper ending of {@code word} is suppressed on its own ("aux" of "travaux"). */
    private boolean endingSuppresses(String word) {
        for (int from = 1; from < word.length(); from++) {
            String ending = word.substring(from);
            if (!breaks(filtered, ending + ". Xy").contains(ending.length() + 2)) {
                return true;
            }
        }
        return false;
    }
}
