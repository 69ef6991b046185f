package org.rosetta.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A pair's confidence in a unit of several languages: the lower of the two languages' links with the pivot. */
class TranslationUnitTest {

    private static final Language EN = Language.of("en");
    private static final Language FR = Language.of("fr");
    private static final Language DE = Language.of("de");
    private static final Language FA = Language.of("fa");

    @Test
    void aPairIsAsSureAsTheLessSureOfItsLinks() {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(EN, "Text.");
        variants.put(FR, "Texte.");
        variants.put(DE, "Text.");
        variants.put(FA, "متن.");
        SequencedMap<Language, Double> links = new LinkedHashMap<>();
        links.put(FR, 0.99);
        links.put(DE, 0.95);
        TranslationUnit unit = new TranslationUnit("d-1", "c", "d", variants, "1-1-1-1", 0.30,
                new LinkedHashMap<>(), Optional.empty(), links);
        assertThat(unit.confidence(EN, FR)).isEqualTo(0.99);
        assertThat(unit.confidence(FR, DE)).isEqualTo(0.95);
        // a language the links lack (written by hand, or by another tool) is as sure as the unit, not certain
        assertThat(unit.confidence(EN, FA)).isEqualTo(0.30);
        // without links, and once a person checked it, the unit's own confidence
        assertThat(new TranslationUnit("d-1", "c", "d", variants, "1-1-1-1", 0.30).confidence(EN, FR))
                .isEqualTo(0.30);
        assertThat(unit.revised(new Revision(UnitStatus.CONFIRMED, Instant.EPOCH, "mina")).confidence(EN, FA))
                .isEqualTo(1.0);
    }
}
