package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
import org.rosetta.model.Alignment;
import org.rosetta.model.SegmentedDocument;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private final SignalAligner aligner = new SignalAligner();

    @Test
    void learnsContentWordTranslationsFromTheUdhr() {
        Alignment alignment = aligner.align(TestData.segmentedUdhr("en"), TestData.segmentedUdhr("fr"));
        List<Lexicon.SentencePair> pairs = alignment.beads().stream()
                .filter(b -> b.sourceCount() == 1 && b.targetCount() == 1)
                .map(b -> new Lexicon.SentencePair(WordNormaliser.words(alignment.source().text(b.sourceStart())),
                        WordNormaliser.words(alignment.target().text(b.targetStart()))))
                .toList();
        Lexicon lexicon = Lexicon.train(pairs);
        assertThat(lexicon.translations(WordNormaliser.word("marriage"))).contains(WordNormaliser.word("mariage"));
        assertThat(lexicon.translations(WordNormaliser.word("education")))
                .as("elision split off: l'éducation").contains(WordNormaliser.word("éducation"));
        assertThat(lexicon.translations(WordNormaliser.word("the"))).as("a function word is left out").isEmpty();
    }

    /** One short pair has too few confident beads to train a table; a collection of them together has enough. */
    @Test
    void theTableIsTrainedOnAllPairsOfACollectionTogether() {
        SegmentedDocument english = TestData.segmentedUdhr("en");
        SegmentedDocument french = TestData.segmentedUdhr("fr");
        Alignment one = aligner.align(english, french);
        assertThat(aligner.pooledLexicon(List.of(one))).isEmpty();

        int copies = SignalAligner.MIN_LEXICON_PAIRS / (one.beads().size() / 3) + 1;
        Optional<Lexicon> pooled = aligner.pooledLexicon(Collections.nCopies(copies, one));
        assertThat(pooled).isPresent();
        // the confident half of one alignment, some 45 distinct sentence pairs, teaches a few words; which ones turns
        // on the order of confidences near 1, which a change to any cost may shuffle: so at least half of these
        // (8 of them before one such change, 5 after it)
        Map<String, String> words = Map.of("family", "famille", "life", "vie", "society", "société", "law", "loi",
                "torture", "torture", "protection", "protection", "community", "communauté", "social", "sociale",
                "duties", "devoirs");
        long learnt = words.entrySet().stream().filter(w -> pooled.get().translations(WordNormaliser.word(w.getKey()))
                .contains(WordNormaliser.word(w.getValue()))).count();
        assertThat(learnt).as("of %s", words).isGreaterThanOrEqualTo(words.size() / 2);
        assertThat(new SignalAligner(AlignerSettings.defaults().without(Signal.LEXICON))
                .pooledLexicon(Collections.nCopies(copies, one))).as("the signal switched off").isEmpty();
    }
}
