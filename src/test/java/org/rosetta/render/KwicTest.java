package org.rosetta.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KwicTest {

    private final Kwic kwic = new Kwic(12, BidiMode.ROSETTA);

    @Test
    void keywordsStartInTheSameColumnWhateverTheContext() {
        String a = kwic.line("Everyone has the ", "right", " to life", Column.of("en"), k -> k);
        String b = kwic.line("the ", "right", " of everyone", Column.of("en"), k -> k);
        assertThat(a.indexOf("right")).isEqualTo(13).isEqualTo(b.indexOf("right"));
        assertThat(a).startsWith("yone has the right");
    }

    @Test
    void wideCharactersAreCountedAsTwoColumns() {
        String line = kwic.line("人人生而自由,在尊严和", "权利", "上一律平等。", Column.of("zh"), k -> k);
        int keyword = line.indexOf("权利");
        assertThat(DisplayWidth.of(line.substring(0, keyword))).isEqualTo(13);
    }

    /** Persian reads from the right: what precedes the keyword is on its right, what follows on its left. */
    @Test
    void rightToLeftContextSitsOnTheReadingSides() {
        String before = "اعلامیه جهان ";
        String after = " بشر";
        String line = kwic.line(before, "حقوق", after, Column.of("fa"), k -> "[" + k + "]");
        String keyword = "[" + VisualLine.of("حقوق", true) + "]";
        int at = line.indexOf(keyword);
        assertThat(DisplayWidth.of(line.substring(0, at))).as("keyword column").isEqualTo(13);
        assertThat(line.substring(0, at).strip()).isEqualTo(VisualLine.of("بشر", true));
        assertThat(line.substring(at + keyword.length()).strip()).isEqualTo(VisualLine.of("اعلامیه جهان", true));
    }

    /**
     * For a terminal that reorders right-to-left text itself, the line is in logical order, the preceding context
     * first, so that the terminal shows it on the right; the pad keeps the keyword's column as the visual line does.
     */
    @Test
    void forABidiTerminalRightToLeftContextIsInLogicalOrder() {
        String line = new Kwic(12, BidiMode.TERMINAL).line("اعلامیه جهان ", "حقوق", " بشر", Column.of("fa"),
                k -> "[" + k + "]");
        assertThat(line).isEqualTo(" ".repeat(12 - DisplayWidth.of("بشر")) + "اعلامیه جهان [حقوق] بشر");
    }

    @Test
    void aLabelledRightToLeftTextIsWrappedAndRightAligned() {
        TextBlock block = new TextBlock(30, BidiMode.ROSETTA);
        List<String> lines = block.lines("   fa  ", "تمام افراد بشر آزاد بدنیا می‌آیند و از لحاظ حیثیت و حقوق با هم برابرند",
                Column.of("fa"));
        assertThat(lines.size()).isGreaterThan(1);
        assertThat(lines.getFirst()).startsWith("   fa  ");
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(30));
        assertThat(lines.get(1)).startsWith("       ");
    }
}
