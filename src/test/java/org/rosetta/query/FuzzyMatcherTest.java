package org.rosetta.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyMatcherTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}%")
    @CsvSource(delimiter = '|', textBlock = """
            a b c d   | a b c d   | 100
            a b c d   | a x c d   | 75
            a b c d   | a b c     | 75
            a b c d   | b c d a   | 50
            a b       | c d e f   | 0
            a b c d e f g h i j | a b c d e f g h i | 90
            """)
    void percentIsWordEditDistanceOverTheLongerSentence(String a, String b, int percent) {
        assertThat(FuzzyMatcher.percent(Arrays.asList(a.split(" ")), Arrays.asList(b.split(" ")))).isEqualTo(percent);
        assertThat(FuzzyMatcher.percent(Arrays.asList(b.split(" ")), Arrays.asList(a.split(" ")))).isEqualTo(percent);
    }
}
