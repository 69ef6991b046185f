package org.rosetta.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SideBySideTest {

    private static String reversed(String rightToLeftWord) {
        return new StringBuilder(rightToLeftWord).reverse().toString();
    }

    /**
     * "President Raisi said in 1400": Persian words run right to left, the Latin name and the digits left to right
     * inside them. A terminal without bidi prints code points left to right, so Rosetta must hand it the words
     * in reverse order, each Persian word's letters reversed, the name and the number as they are.
     */
    @Test
    void aPersianLineWithALatinNameAndDigitsIsInDisplayOrderCodePointByCodePoint() {
        String president = "رئیس‌جمهور"; // with ZWNJ
        String logical = president + " Raisi در ۱۴۰۰ گفت";
        String visual = VisualLine.of(logical, true);
        String expected = reversed("گفت") + " ۱۴۰۰ " + reversed("در") + " Raisi " + reversed(president);
        assertThat(visual.codePoints().toArray()).containsExactly(expected.codePoints().toArray());
        assertThat(visual).as("the name is not reversed").contains("Raisi");
    }

    @Test
    void bracketsInRightToLeftTextAreMirrored() {
        String visual = VisualLine.of("ماده (۵)", true);
        assertThat(visual).isEqualTo("(۵) " + reversed("ماده"));
    }

    @Test
    void chineseCharactersAreTwoColumnsWide() {
        assertThat(DisplayWidth.of("人人生而自由")).isEqualTo(12);
        assertThat(DisplayWidth.of("第一条 人")).isEqualTo(9);
        assertThat(DisplayWidth.of("ＡＢ")).as("fullwidth").isEqualTo(4);
        List<String> lines = Wrapper.wrap("人人生而自由,在尊严和权利上一律平等。", 10, Locale.CHINESE);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(10));
        assertThat(String.join("", lines)).isEqualTo("人人生而自由,在尊严和权利上一律平等。");
    }

    @Test
    void zwnjAndCombiningMarksTakeNoColumn() {
        assertThat(DisplayWidth.of("می‌شود")).isEqualTo(5);
        assertThat(DisplayWidth.of("e\u0301te\u0301")).as("e + combining acute").isEqualTo(3);
        assertThat(DisplayWidth.of("مُحَمَّد")).as("harakat").isEqualTo(4);
    }

    @Test
    void aLongWordIsCutBetweenGraphemeClustersNeverInsideOne() {
        String word = "e\u0301".repeat(12); // 12 clusters, 24 chars
        List<String> lines = Wrapper.wrap(word, 5, Locale.ROOT);
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith("\u0301"));
        assertThat(String.join("", lines)).isEqualTo(word);
    }

    @Test
    void columnsWrapByWordAndRightToLeftColumnsAreRightAligned() {
        SideBySide layout = new SideBySide(List.of(Column.of("en"), Column.of("fa")), 43, BidiMode.ROSETTA);
        assertThat(layout.columnWidth()).isEqualTo(20);
        List<String> lines = layout.render(new SideBySide.Row("udhr-14  1-1", List.of(
                "All human beings are born free and equal", "تمام افراد بشر آزاد بدنیا می‌آیند")));
        assertThat(lines.getFirst()).isEqualTo("udhr-14  1-1");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(" │ ", -1);
            assertThat(cells).hasSize(2);
            assertThat(DisplayWidth.of(cells[0])).isEqualTo(20);
            assertThat(DisplayWidth.of(cells[1])).as("padded on the left, ends at the edge").isEqualTo(20);
            assertThat(cells[1]).doesNotEndWith(" ");
        }
        assertThat(lines.get(1)).startsWith("All human beings are");
        assertThat(lines.get(1)).endsWith(reversed("بشر") + " " + reversed("افراد") + " " + reversed("تمام"));
    }

    @Test
    void persianAndArabicColumnsAreRightToLeftOthersNot() {
        assertThat(Column.of("fa").rightToLeft()).isTrue();
        assertThat(Column.of("ar").rightToLeft()).isTrue();
        assertThat(Column.of("he").rightToLeft()).isTrue();
        assertThat(Column.of("fr").rightToLeft()).isFalse();
        assertThat(Column.of("zh").rightToLeft()).isFalse();
    }

    @Test
    void inTerminalModeTextStaysInLogicalOrder() {
        SideBySide layout = new SideBySide(List.of(Column.of("fa")), 30, BidiMode.TERMINAL);
        assertThat(layout.render(new SideBySide.Row("u", List.of("ماده اول"))).get(1).strip()).isEqualTo("ماده اول");
    }
}
