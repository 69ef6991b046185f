package org.rosetta.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTokenizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            search human rights                 | search¦human¦rights
            search "human rights" --show fr,fa  | search¦human rights¦--show¦fr,fa
            search 'A "quoted" B'               | search¦A "quoted" B
            search "say \\"hi\\""               | search¦say "hi"
            segment my\\ file.txt               | segment¦my file.txt
            search "حقوق بشر"                   | search¦حقوق بشر
            """)
    void splitsLikeAShell(String line, String expected) {
        assertThat(CommandLineTokenizer.tokenize(line)).containsExactly(expected.split("¦"));
    }
}
