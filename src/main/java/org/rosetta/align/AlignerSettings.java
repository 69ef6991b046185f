package org.rosetta.align;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the aligner uses.
 *
 * @param signals    the evidence to use
 * @param dictionary word translations to use when {@link Signal#DICTIONARY} is on
 */
public record AlignerSettings(Set<Signal> signals, Optional<Dictionary> dictionary) {

    public AlignerSettings {
        signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
    }

    /** Every signal; no dictionary. */
    public static AlignerSettings defaults() {
        return new AlignerSettings(EnumSet.allOf(Signal.class), Optional.empty());
    }

    public AlignerSettings without(Signal signal) {
        EnumSet<Signal> fewer = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        fewer.remove(signal);
        return new AlignerSettings(fewer, dictionary);
    }

    public boolean uses(Signal signal) {
        return signals.contains(signal);
    }

    boolean usesWords() {
        return uses(Signal.ANCHORS) || uses(Signal.COGNATES) || uses(Signal.LEXICON)
                || (uses(Signal.DICTIONARY) && dictionary.isPresent());
    }
}
