package org.rosetta.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Furniture, date lines and body text per language, as scraped statements carry them. */
class BlockClassifierTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | March 7, 2016                                   | DATELINE
            en | Thursday, 14 September 2017                     | DATELINE
            en | LONDON, 14 September 2017                       | DATELINE
            fr | jeudi 14 septembre 2017                         | DATELINE
            fr | Le 7 mars 2016                                  | DATELINE
            de | 14. September 2017                              | DATELINE
            de | Berlin, den 3. Oktober 2020                     | DATELINE
            it | giovedì 14 settembre 2017                       | DATELINE
            es | 7 de marzo de 2016                              | DATELINE
            nl | 14 september 2017                               | DATELINE
            ru | 7 марта 2016 г.                                 | DATELINE
            fa | ۱۶ اسفند ۱۳۹۴                                   | DATELINE
            fa | ۷ مارس ۲۰۱۶                                      | DATELINE
            ar | 7 مارس 2016                                     | DATELINE
            en | 14/09/2017                                      | DATELINE
            en | Print this page                                 | SHARE
            fr | Imprimer cette page                             | SHARE
            en | Share this:                                     | SHARE
            de | Teilen:                                         | SHARE
            en | Home › News › Statements                        | BREADCRUMB
            fr | Accueil » Actualités » Déclarations             | BREADCRUMB
            en | All rights reserved.                            | COPYRIGHT
            fr | Mots-clés : droits humains, ONU                 | TAGS
            fa | چاپ این صفحه                                    | SHARE
            fa | اشتراک‌گذاری:                                   | SHARE
            fa | اشتراک گذاری                                    | SHARE
            fa | این صفحه را به اشتراک بگذارید                   | SHARE
            fa | اطلاعیه مطبوعاتی                                | LABEL
            fa | آخرین اخبار                                     | LINKS
            fa | برچسب‌ها: حقوق بشر، سازمان ملل                  | TAGS
            fa | تمامی حقوق این سایت محفوظ است.                  | COPYRIGHT
            fa | ما را دنبال كنيد                                | SHARE
            ar | طباعة هذه الصفحة                                | SHARE
            ar | شارك:                                           | SHARE
            ar | بيان صحفي                                       | LABEL
            ar | مقالات ذات صلة                                  | LINKS
            ar | جميع الحقوق محفوظة.                             | COPYRIGHT
            ru | Распечатать                                     | SHARE
            ru | Пресс-релиз                                     | LABEL
            ru | Читайте также: доклад ООН                       | LINKS
            ru | Все права защищены.                             | COPYRIGHT
            zh | 打印本页                                        | SHARE
            zh | 版权所有 © 2017                                  | COPYRIGHT
            fa | بیانیه                                          | PARAGRAPH
            fa | چاپ کتاب‌های درسی در سال ۱۳۹۴ گران‌تر شد.         | PARAGRAPH
            ar | شارك مئات الأشخاص في المظاهرة.                   | PARAGRAPH
            en | 'Share: Facebook | X | Email'                   | SHARE
            fr | Partager sur : Facebook · X · LinkedIn          | SHARE
            nl | Deel dit bericht                                | SHARE
            fa | 'اشتراک‌گذاری: فیس‌بوک | ایکس | تلگرام'          | SHARE
            de | Pressemitteilung 47/2023                        | LABEL
            nl | Nieuwsbericht                                   | LABEL
            de | Medienmitteilung                                | LABEL
            fr | Communiqué aux médias                           | LABEL
            it | Comunicato ai media                             | LABEL
            fa | اطلاعیه‌ی مطبوعاتی                              | LABEL
            nl | Lees ook: Nieuwe fietsstraten in het centrum    | LINKS
            de | Zurück zur Übersicht                            | LINKS
            en | Donate now                                      | LINKS
            ar | تبرّع الآن                                       | LINKS
            fa | همین حالا کمک کنید                              | LINKS
            en | Back pain is common among bus drivers.          | PARAGRAPH
            en | 'Geneva | 14 September 2017'                    | DATELINE
            de | Kontakt zur Familie besteht seit Mai nicht mehr. | PARAGRAPH
            en | Contact us at press@example.org                 | CONTACT
            de | Pressekontakt: Abteilung Kommunikation          | CONTACT
            fr | Partager ses repas est une tradition ici.       | PARAGRAPH
            en | Media enquiries: press office, +44 161 496 0734 | CONTACT
            it | Ufficio stampa: Giulia Ferri                    | CONTACT
            fr | Mis à jour le 18/11/2023                        | DATELINE
            it | Aggiornato il 17/10/2024 alle 18:00             | DATELINE
            de | 'Stand: 21.09.2021, 18:05 Uhr'                  | DATELINE
            en | 'As of 21 September 2021'                       | DATELINE
            de | Stand der Forschung ist das nicht.              | PARAGRAPH
            en | Published on 4 December 2023                    | DATELINE
            ar | نُشر في ٤ كانون الأول/ديسمبر ٢٠٢٣                | DATELINE
            ar | جنيف، 28 شباط/فبراير 2024                        | DATELINE
            fr | Mis à jour le 18/11/2023, les chiffres ont été revus. | PARAGRAPH
            it | Nella foto: un corso di lingua a Montvallon     | CAPTION
            en | Photo: participants at the conference           | CAPTION
            de | Foto: Teilnehmer der Konferenz                  | CAPTION
            fr | Photo : la salle de lecture © Ville de Valmoray | CAPTION
            fa | عکس: شرکت‌کنندگان در کنفرانس                    | CAPTION
            en | (PMOI / MEK Iran) and (NCRI): Raisi ordered it. | CAPTION
            fr | (OMPI / MEK Iran) et (CNRI) : Raïssi l'a ordonné. | CAPTION
            fa | (شورای ملی مقاومت) و (MEK): رئیسی دستور داد.    | CAPTION
            en | (Reuters): Talks resumed in Geneva.             | CAPTION
            en | The talks (in Geneva) resumed: both sides came.  | PARAGRAPH
            en | Article 15                                      | PARAGRAPH
            de | 293 , Nov .                                     | PARAGRAPH
            en | In 2016, 30 people were arrested in March.      | PARAGRAPH
            fr | Un quart des 2 000 détenus a été libéré en mars. | PARAGRAPH
            en | The vote on 7 March 2016 was postponed to April. | PARAGRAPH
            """)
    void classifiesShortBlocks(String language, String text, BlockKind expected) {
        assertThat(BlockClassifier.furniture(text, Language.of(language), BlockKind.PARAGRAPH)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Statement                | TITLE
            en | Article 15               | HEADING
            en | Everyone has the right.  | PARAGRAPH
            """)
    void linesOfAPlainFileAreClassifiedAsIngestionWould(String language, String line, BlockKind expected) {
        List<BlockKind> kinds = BlockClassifier.lines(List.of("March 7, 2016", "Statement", "Everyone has the right.",
                "Article 15"), Language.of(language), BlockClassifier.Headings.INFERRED);
        List<String> lines = List.of("March 7, 2016", "Statement", "Everyone has the right.", "Article 15");
        assertThat(kinds.get(lines.indexOf(line))).isEqualTo(expected);
        assertThat(kinds.getFirst()).isEqualTo(BlockKind.DATELINE);
    }

    /**
     * A statement leaves its headline and a subheading open and ends its sentences; a text split at its verses
     * leaves most of them open, so a short open line there is no heading. Two open long lines, or fewer than a
     * third of them, are a statement's headline and subheading.
     */
    @Test
    void aTextThatLeavesItsSentencesOpenMarksNoHeadings() {
        List<String> statement = List.of("Court orders the release of the three journalists held since March in Tabriz",
                "Geneva, 14 September 2017", "The court ordered on Tuesday the release of the three journalists.",
                "Their lawyers had appealed twice against the sentence handed down in March.",
                "What the families expect now from the authorities of the province",
                "The families asked the authorities to carry out the order without delay.");
        List<String> verses = List.of("The elders of Arvel gathered at the old well of Samir before the harvest",
                "They spoke of the river Maren, which had risen in April and taken the lower fields",
                "And Tobias said, \"We must build a wall of stone along the Maren.\"",
                "The elders answered Tobias that stone was rare in Arvel and the work was long",
                "Yet Tobias went out alone at dawn", "So Arvel remembers Tobias");
        assertThat(BlockClassifier.marksHeadings(statement)).isTrue();
        assertThat(BlockClassifier.marksHeadings(verses)).isFalse();
        assertThat(BlockClassifier.Headings.of(List.of(statement))).isEqualTo(BlockClassifier.Headings.INFERRED);
        assertThat(BlockClassifier.Headings.of(List.of(statement, verses))).isEqualTo(BlockClassifier.Headings.NONE);
        assertThat(BlockClassifier.lines(verses, Language.of("en"), BlockClassifier.Headings.NONE))
                .containsOnly(BlockKind.PARAGRAPH);
        assertThat(BlockClassifier.lines(verses, Language.of("en"), BlockClassifier.Headings.INFERRED))
                .contains(BlockKind.TITLE, BlockKind.HEADING);
    }

    /**
     * Three long lines left open are a statement's headline and two subheadings among ten long lines, and the
     * style of a text among nine: a third of them.
     */
    @ParameterizedTest(name = "{0} open of {1} long lines: headings {2}")
    @CsvSource({"3, 10, true", "3, 9, false", "2, 2, true", "4, 12, false", "4, 13, true"})
    void aThirdOfTheLongLinesLeftOpenIsTheTextsStyle(int open, int lines, boolean headings) {
        List<String> text = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
            text.add("The council of the district met on Tuesday to discuss line " + k + " of the plan"
                    + (k < open ? "" : "."));
        }
        assertThat(BlockClassifier.marksHeadings(text)).isEqualTo(headings);
    }

    /**
     * The titles a "Related articles" label lists at a page's foot are links, not headings (dev/blind-statements
     * en-ar); a heading with its paragraph after such a label is a section of the statement.
     */
    @Test
    void titlesAfterALinksLabelAtTheEndAreLinks() {
        assertThat(inferred("Related articles", "Solar pumps for farmers in the Jordan Valley",
                "A school garden in Zarqa"))
                .containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.LINKS, BlockKind.LINKS,
                        BlockKind.LINKS);
        assertThat(inferred("Related articles", "Solar pumps for farmers in the Jordan Valley", "Read more",
                "A school garden in Zarqa", "Read more"))
                .containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.LINKS, BlockKind.LINKS,
                        BlockKind.LINKS, BlockKind.LINKS, BlockKind.LINKS);
        assertThat(inferred("Read more", "What comes next", "The pumps will be maintained by local technicians."))
                .containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.LINKS, BlockKind.HEADING,
                        BlockKind.PARAGRAPH);
    }

    /**
     * The kinds of an English statement's lines, headings inferred: a headline and a sentence of body text, then
     * {@code tail}.
     */
    private static List<BlockKind> inferred(String... tail) {
        List<String> lines = new ArrayList<>(List.of("Water for schools",
                "The foundation completed 40 wells this year."));
        lines.addAll(List.of(tail));
        return BlockClassifier.lines(lines, Language.of("en"), BlockClassifier.Headings.INFERRED);
    }

    /** An Urdu full stop, a Devanagari danda, closes a line. */
    @Test
    void urduAndHindiFullStopsCloseALine() {
        String urdu = "اقوام متحدہ کے رکن ممالک نے منشور میں انسانی حقوق پر اپنے اعتقاد کی توثیق کی ہے۔";
        String hindi = "संयुक्त राष्ट्रों के सदस्य देशों की जनताओं ने बुनियादी मानव अधिकारों में अपने विश्वास को दोहराया है।";
        assertThat(BlockClassifier.marksHeadings(List.of(urdu, urdu, urdu, urdu))).isTrue();
        assertThat(BlockClassifier.marksHeadings(List.of(hindi, hindi, hindi, hindi))).isTrue();
        assertThat(BlockClassifier.looksLikeHeading(urdu.substring(0, 40) + "۔")).isFalse();
    }
}
