package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexical anchors: what counts as the same number, name or word across languages and scripts. */
class AnchorsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Raisi     | رئیسی
            Khamenei  | خامنه‌ای
            Tehran    | تهران
            Mojahedin | مجاهدین
            """)
    void namesMeetAcrossScriptsByTheirTransliteratedSkeleton(String latin, String persian) {
        Cognates cognates = new Cognates(Scripts.ACROSS);
        assertThat(cognates.key(WordNormaliser.word(latin))).isPresent()
                .isEqualTo(cognates.key(WordNormaliser.word(persian)));
    }

    /** Persian و is both v and u: skeletons drop it, so Rajavi (rjv) and رجوی (rj) do not meet; a known limit. */
    @Test
    void unrelatedNamesDoNotMeet() {
        Cognates cognates = new Cognates(Scripts.ACROSS);
        assertThat(cognates.key("khamenei")).isNotEqualTo(cognates.key("rouhani"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            in 1988, 30,000 prisoners   | در سال ۱۹۸۸، ۳۰٬۰۰۰ زندانی
            30.000 Menschen im Jahr 1988 | `30,000 people in 1988`
            see https://example.org/a    | voir https://EXAMPLE.org/a
            """)
    void numbersAndLinksAreTheSameAnchorsWhateverTheDigitsAndSeparators(String a, String b) {
        assertThat(WordNormaliser.anchors(a)).containsExactlyInAnyOrderElementsOf(WordNormaliser.anchors(b));
    }

    /**
     * A date is a key of its own, the day it means, whatever its calendar and form: the Persian date line and the
     * Arabic one of the same statement share it though no number of theirs is the same as written.
     */
    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fa | ۱۲ آبان ۱۴۰۲                  | ar | 3 تشرين الثاني/نوفمبر 2023 | 2
            en | Published: 5 February 2024     | de | 05.02.2024                   | 1
            en | Posted on 2 February 2025      | fa | ۱۴ بهمن ۱۴۰۳                 | 2
            """)
    void datesShareAnAnchorAcrossCalendarsAndForms(String sourceLanguage, String source, String targetLanguage,
                                                   String target, int shared) {
        // the day; with a Persian date, its year too (1402 overlaps 2023, 1403 2025: SolarHijriYears)
        assertThat(sharedAnchors(sentence(sourceLanguage, source), sentence(targetLanguage, target)))
                .isEqualTo(shared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lager II und Lager XIX | 2,19
            I said so              |
            a CD and an MD         |
            IIII or XXXX           |
            VIIth century          |
            """)
    void romanNumeralsOfIVAndXAreNumbers(String text, String numbers) {
        assertThat(RomanNumerals.in(text)).map(String::valueOf)
                .containsExactlyElementsOf(numbers == null ? List.of() : List.of(numbers.split(",")));
    }

    @Test
    void aRomanNumeralSharesTheAnchorOfItsNumberInDigits() {
        assertThat(sharedAnchors(sentence("de", "Das Lager II wurde auf dem Grat errichtet."),
                sentence("fr", "Le camp 2 fut installé sur l'arête."))).isEqualTo(1);
    }

    /**
     * A Persian year is the two Gregorian years it overlaps: 1367 began in March 1988, so "تابستان ۱۳۶۷" is the summer
     * of 1988; "سال ۶۷" is the same year by its last two digits. Years of other languages are not converted.
     */
    @ParameterizedTest(name = "{1} ~ {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fa | اعدام‌ها در تابستان ۱۳۶۷ انجام شد. | en | The executions took place in the summer of 1988. | 1
            fa | اعدام‌ها در تابستان ۱۳۶۷ انجام شد. | de | Die Hinrichtungen fanden im Sommer 1989 statt.   | 1
            fa | این اتفاق در سال ۶۷ افتاد.          | en | It happened in 1988.                              | 1
            fa | اعدام‌ها در تابستان ۱۳۶۷ انجام شد. | en | The executions took place in the summer of 1990. | 0
            fa | ۳۳ سال گذشته.                        | en | The past 1954 years.                              | 0
            fa | اعتراضات سال ۰۱ ادامه یافت.          | en | The protests of 2022 went on.                     | 1
            fa | کودکان خردسال ۱۲ ساله بودند.         | en | The children will be adults in 2033.              | 0
            ar | نُفذت الإعدامات في صيف 1367.          | en | The executions took place in the summer of 1988. | 0
            """)
    void aPersianYearIsTheGregorianYearsItOverlaps(String sourceLanguage, String source, String targetLanguage,
                                                   String target, int shared) {
        assertThat(sharedAnchors(sentence(sourceLanguage, source), sentence(targetLanguage, target)))
                .isEqualTo(shared);
    }

    @Test
    void differentDaysShareNoDateAnchor() {
        assertThat(sharedAnchors(sentence("en", "Published: 5 February 2024"), sentence("de", "06.02.2024"))).isZero();
    }

    /** How many anchor keys the one sentence of {@code source} and that of {@code target} share. */
    private static int sharedAnchors(SegmentedDocument source, SegmentedDocument target) {
        SentenceKeys keys = SentenceKeys.of(source, target, AlignerSettings.defaults(), Lexicon.empty());
        int[] sourceKeys = keys.source(Signal.ANCHORS)[0];
        int[] targetKeys = keys.target(Signal.ANCHORS)[0];
        return SentenceKeys.shared(sourceKeys, sourceKeys.length, targetKeys, targetKeys.length);
    }

    private static SegmentedDocument sentence(String language, String text) {
        Span span = new Span(0, text.length());
        return new SegmentedDocument(new Document("d", Language.of(language), "test", text,
                List.of(new Block(BlockKind.PARAGRAPH, span))), List.of(new Segment(0, span, 0, BlockKind.PARAGRAPH)));
    }

    @Test
    void persianSpellingVariantsAreOneWord() {
        assertThat(WordNormaliser.word("كميسيون\u200cهاي")).isEqualTo(WordNormaliser.word("کمیسیونهای"));
    }

    @Test
    void dictionaryReadsCsvAndTsvLowerCasedWithComments() throws Exception {
        Path csv = folder.resolve("words.csv");
        Files.writeString(csv, "# en,fr\nRights,droits\nrights,droit\nhuman,humain\n");
        Dictionary dictionary = Dictionary.read(csv);
        assertThat(dictionary.size()).isEqualTo(2);
        assertThat(dictionary.translations("rights")).containsExactlyInAnyOrder("droits", "droit");
        Path tsv = folder.resolve("words.tsv");
        Files.writeString(tsv, "freedom\tliberté\n");
        assertThat(Dictionary.read(tsv).translations("freedom")).containsExactly("liberté");
    }
}
