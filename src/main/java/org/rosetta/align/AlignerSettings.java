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

    /**
     * Every signal but {@link Signal#PUNCTUATION} (measured: it costs Text+Berg's OCR'd de-fr 0.04 strict F1 and
     * gains ParIce 0.001; switch it on with {@link #with}); no dictionary.
     */
    public static AlignerSettings defaults() {
        return new AlignerSettings(EnumSet.complementOf(EnumSet.of(Signal.PUNCTUATION)), Optional.empty());
    }

    public AlignerSettings with(Signal signal) {
        EnumSet<Signal> more = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        more.add(signal);
        return new AlignerSettings(more, dictionary);
    }

    public AlignerSettings withDictionary(Dictionary words) {
        return new AlignerSettings(signals, Optional.of(words));
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
        return uses(Signal.ANCHORS) || uses(Signal.COGNATES) || uses(Signal.LEXICON) || uses(Signal.PUNCTUATION)
                || (uses(Signal.DICTIONARY) && dictionary.isPresent());
    }
}
