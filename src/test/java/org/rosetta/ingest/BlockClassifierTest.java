package org.rosetta.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Language;

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
            en | Print this page                                 | BOILERPLATE
            fr | Imprimer cette page                             | BOILERPLATE
            en | Share this:                                     | BOILERPLATE
            de | Teilen:                                         | BOILERPLATE
            en | Home › News › Statements                        | BOILERPLATE
            fr | Accueil » Actualités » Déclarations             | BOILERPLATE
            en | All rights reserved.                            | BOILERPLATE
            fr | Mots-clés : droits humains, ONU                 | BOILERPLATE
            fa | چاپ این صفحه                                    | BOILERPLATE
            fa | اشتراک‌گذاری:                                   | BOILERPLATE
            fa | اشتراک گذاری                                    | BOILERPLATE
            fa | اطلاعیه مطبوعاتی                                | BOILERPLATE
            fa | آخرین اخبار                                     | BOILERPLATE
            fa | برچسب‌ها: حقوق بشر، سازمان ملل                  | BOILERPLATE
            fa | تمامی حقوق این سایت محفوظ است.                  | BOILERPLATE
            fa | ما را دنبال كنيد                                | BOILERPLATE
            ar | طباعة هذه الصفحة                                | BOILERPLATE
            ar | شارك:                                           | BOILERPLATE
            ar | بيان صحفي                                       | BOILERPLATE
            ar | مقالات ذات صلة                                  | BOILERPLATE
            ar | جميع الحقوق محفوظة.                             | BOILERPLATE
            ru | Распечатать                                     | BOILERPLATE
            ru | Пресс-релиз                                     | BOILERPLATE
            ru | Читайте также: доклад ООН                       | BOILERPLATE
            ru | Все права защищены.                             | BOILERPLATE
            zh | 打印本页                                        | BOILERPLATE
            zh | 版权所有 © 2017                                  | BOILERPLATE
            fa | بیانیه                                          | PARAGRAPH
            fa | چاپ کتاب‌های درسی در سال ۱۳۹۴ گران‌تر شد.         | PARAGRAPH
            ar | شارك مئات الأشخاص في المظاهرة.                   | PARAGRAPH
            en | Photo: participants at the conference           | CAPTION
            de | Foto: Teilnehmer der Konferenz                  | CAPTION
            fa | عکس: شرکت‌کنندگان در کنفرانس                    | CAPTION
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
                "Article 15"), Language.of(language));
        List<String> lines = List.of("March 7, 2016", "Statement", "Everyone has the right.", "Article 15");
        assertThat(kinds.get(lines.indexOf(line))).isEqualTo(expected);
        assertThat(kinds.getFirst()).isEqualTo(BlockKind.DATELINE);
    }
}
