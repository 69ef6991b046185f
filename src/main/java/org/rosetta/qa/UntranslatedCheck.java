package org.rosetta.qa;

import org.rosetta.align.WordNormaliser;
import org.rosetta.ingest.ScriptChecker;
import org.rosetta.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * {@link QaCheck#UNTRANSLATED}: the target is the source again (the same words, at least {@value #MIN_WORDS} of
 * them, not all capitalised: short identical titles, lists of names and numbers are normal), or most of its letters
 * (at least {@value #MIN_LETTERS}) are not in its language's script. Stateless.
 */
final class UntranslatedCheck implements Checker {

    static final int MIN_WORDS = 4;
    static final int MIN_LETTERS = 12;
    private final ScriptChecker scripts = new ScriptChecker();

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<String> source = WordNormaliser.words(pair.sourceText());
        List<String> target = WordNormaliser.words(pair.targetText());
        Span whole = new Span(0, pair.targetText().length());
        if (source.equals(target) && source.stream().filter(w -> w.codePoints().anyMatch(Character::isLetter))
                .count() >= MIN_WORDS && !onlyCapitalised(pair.sourceText())) {
            return List.of(Finding.of(QaCheck.UNTRANSLATED, pair, "the " + pair.target() + " is the "
                    + pair.source() + " text again", Optional.empty(), Optional.of(whole)));
        }
        long letters = pair.targetText().codePoints().filter(Character::isLetter).count();
        double share = scripts.share(pair.targetText(), pair.target());
        if (letters >= MIN_LETTERS && share < 0.5) {
            return List.of(Finding.of(QaCheck.UNTRANSLATED, pair, String.format(java.util.Locale.ROOT,
                    "only %.0f%% of the letters are in the %s script", 100 * share, pair.target()),
                    Optional.empty(), Optional.of(whole)));
        }
        return List.of();
    }

    /** Whether every word of the text starts with a capital: a list of names or a title, the same in any language. */
    private static boolean onlyCapitalised(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{M}]+")).filter(w -> !w.isEmpty())
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }
}
