package org.rosetta.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafetyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://evil")  | '=HYPERLINK("http://evil")
            +1                         | '+1
            -2+3                       | '-2+3
            @SUM(A1)                   | '@SUM(A1)
            'quoted                    | ''quoted
            plain text                 | plain text
            """)
    void formulasBecomeText(String cell, String neutralised) {
        assertThat(SpreadsheetSafety.neutralise(cell)).isEqualTo(neutralised);
        assertThat(SpreadsheetSafety.restore(neutralised)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void restoreUndoesNeutraliseExactly(long seed) {
        Random random = new Random(seed);
        String alphabet = "=+-@'\t\ra ,\"\nی";
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String cell = SpreadsheetSafety.neutralise(text.toString());
            assertThat(SpreadsheetSafety.restore(cell)).as("seed %d: %s", seed, text).isEqualTo(text.toString());
            assertThat(cell).as("seed %d", seed).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@");
        }
    }
}
