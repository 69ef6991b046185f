package org.rosetta.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosetta.TestData;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IcuSentenceSegmenterTest {

    private final IcuSentenceSegmenter segmenter = new IcuSentenceSegmenter();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Mr. Smith went to Washington. He arrived on Monday.   | Mr. Smith went to Washington.¦He arrived on Monday.
            en | The U.S. delegation spoke. Nobody answered.             | The U.S. delegation spoke.¦Nobody answered.
            en | Is it true? Yes!                                        | Is it true?¦Yes!
            fr | Est-ce vrai ? Oui, c'est vrai.                          | Est-ce vrai ?¦Oui, c'est vrai.
            fa | آیا این درست است؟ بله، درست است.                        | آیا این درست است؟¦بله، درست است.
            fa | او ۳۰ سال زندانی بود. می‌خواهیم بدانیم.                   | او ۳۰ سال زندانی بود.¦می‌خواهیم بدانیم.
            de | Das ist z.B. gut. Wirklich.                             | Das ist z.B. gut.¦Wirklich.
            zh | 人人生而自由。他们赋有理性。                                | 人人生而自由。¦他们赋有理性。
            en | WASHINGTON, Dec. 4, 2017 — A panel met. It ended.        | WASHINGTON, Dec. 4, 2017 — A panel met.¦It ended.
            en | Former U.S. Ambassador Adam Ereli spoke. Others agreed.   | Former U.S. Ambassador Adam Ereli spoke.¦Others agreed.
            en | Prof. Valeriu M. Ciucă spoke. He left.                    | Prof. Valeriu M. Ciucă spoke.¦He left.
            en | Over 30,000 were killed. The 1988 massacre was planned.    | Over 30,000 were killed.¦The 1988 massacre was planned.
            en | He said "stop." Then he left.                             | He said "stop."¦Then he left.
            en | He said “stop.” Then he left.                             | He said “stop.”¦Then he left.
            en | It was Iran… We need to act. Iran… and more.               | It was Iran…¦We need to act.¦Iran… and more.
            en | "steadfast... the goal" she said. Yes.                    | "steadfast... the goal" she said.¦Yes.
            fr | M. Dupont et Mme Durand sont venus. Ils ont parlé.        | M. Dupont et Mme Durand sont venus.¦Ils ont parlé.
            fr | « Nous exigeons justice. » Elle a conclu.                 | « Nous exigeons justice. »¦Elle a conclu.
            fr | Il a dit : « Non ! » Puis il est parti.                   | Il a dit : « Non ! »¦Puis il est parti.
            fr | Plus de 30.000 prisonniers. C'est un crime.              | Plus de 30.000 prisonniers.¦C'est un crime.
            de | Über 30.000 Gefangene starben. Das war 1988.              | Über 30.000 Gefangene starben.¦Das war 1988.
            fa | بیش از ۳۰٬۰۰۰ زندانی اعدام شدند. این جنایت است.           | بیش از ۳۰٬۰۰۰ زندانی اعدام شدند.¦این جنایت است.
            fa | او گفت: «عدالت می‌خواهیم.» سپس رفت.                      | او گفت: «عدالت می‌خواهیم.»¦سپس رفت.
            fr | Les travaux sont finis. Les droits sont fondamentaux. Tout est dit. | Les travaux sont finis.¦Les droits sont fondamentaux.¦Tout est dit.
            fr | Il faut affirmer. Le verdict est blanc. Les juges partent. | Il faut affirmer.¦Le verdict est blanc.¦Les juges partent.
            fr | Il habite av. Foch. M. Dupont est venu.                  | Il habite av. Foch.¦M. Dupont est venu.
            de | Er kam später. Das ist der Leiter. Sie arbeitet langsam. Er nicht. | Er kam später.¦Das ist der Leiter.¦Sie arbeitet langsam.¦Er nicht.
            de | Nr. 5 las Dr. Müller bzw. Prof. Schmidt, z.B. am Morgen. Er kam. | Nr. 5 las Dr. Müller bzw. Prof. Schmidt, z.B. am Morgen.¦Er kam.
            de | Sie wohnt in der Hauptstr. 5, vgl. Abb. 3 und Art. 2 Abs. 1 dazu. Er nicht. | Sie wohnt in der Hauptstr. 5, vgl. Abb. 3 und Art. 2 Abs. 1 dazu.¦Er nicht.
            es | Llegó al lago. Luego trabajó en el centro. Hay que confirmar. Sí. | Llegó al lago.¦Luego trabajó en el centro.¦Hay que confirmar.¦Sí.
            es | El Sr. García y la Dra. López llegaron. Todo bien.       | El Sr. García y la Dra. López llegaron.¦Todo bien.
            es | Según el art. 5 de la ley, no. Luego votaron.            | Según el art. 5 de la ley, no.¦Luego votaron.
            it | Il Dott. Rossi e il Prof. Bianchi, a pag. 5, parlano. Poi tacciono. | Il Dott. Rossi e il Prof. Bianchi, a pag. 5, parlano.¦Poi tacciono.
            it | Sono stati liberati due anni fa. Nessuno lo sa.          | Sono stati liberati due anni fa.¦Nessuno lo sa.
            pt | O Sr. Silva e o Prof. Costa falaram. Depois saíram.      | O Sr. Silva e o Prof. Costa falaram.¦Depois saíram.
            nl | Volgens dhr. Jansen, o.a. in art. 5, is het klaar. Het duurde een jaar. | Volgens dhr. Jansen, o.a. in art. 5, is het klaar.¦Het duurde een jaar.
            fr | « Vous venez ? » demanda-t-il. Elle ne répondit pas.     | « Vous venez ? » demanda-t-il.¦Elle ne répondit pas.
            fr | Il a vu (ou cru voir !) des traces. Puis rien.          | Il a vu (ou cru voir !) des traces.¦Puis rien.
            fr | Le livre de Mrs. Monica Jackson a paru. Il est illustré. | Le livre de Mrs. Monica Jackson a paru.¦Il est illustré.
            es | ¿Vienes? preguntó ella. No contestó.                     | ¿Vienes? preguntó ella.¦No contestó.
            de | Wer hat (in der Schweiz!) einen Dachs gesehen? Niemand.  | Wer hat (in der Schweiz!) einen Dachs gesehen?¦Niemand.
            de | Es ging z. B. mit dem Panda, d. h. mit dem Bären so. Er kam. | Es ging z. B. mit dem Panda, d. h. mit dem Bären so.¦Er kam.
            de | Die Reaktionszeit betrug 0,3 s. Danach kam er.          | Die Reaktionszeit betrug 0,3 s.¦Danach kam er.
            de | Es gilt Absatz 1 Buchstabe d. Die Staaten handeln.      | Es gilt Absatz 1 Buchstabe d.¦Die Staaten handeln.
            fr | « Vous venez ? », demanda-t-il. Elle ne répondit pas.    | « Vous venez ? », demanda-t-il.¦Elle ne répondit pas.
            en | Why? iPhone sales fell. Then they rose.                 | Why?¦iPhone sales fell.¦Then they rose.
            en | a) Is he resident? b) has he left? ii) why?             | a) Is he resident?¦b) has he left?¦ii) why?
            en | It was the e. g. case. We left.                          | It was the e. g. case.¦We left.
            zh | 他们发布了新手机。iPhone 很贵。                             | 他们发布了新手机。¦iPhone 很贵。
            de | Die Leitung hatte Mrs. Joyce Dunsheath. Sie kam.        | Die Leitung hatte Mrs. Joyce Dunsheath.¦Sie kam.
            en | Is it true? Yes! Really? no doubt about it.              | Is it true?¦Yes!¦Really? no doubt about it.
            """)
    void splitsSentencesPerLanguage(String tag, String text, String expected) {
        SegmentedDocument segmented = segmenter.segment(oneParagraph(tag, text));
        assertThat(segmented.segments()).extracting(s -> s.span().of(text))
                .containsExactly(expected.split("¦"));
    }

    @Test
    void sentencesNeverCrossBlocks() {
        String text = "First paragraph without a full stop\n\nSecond paragraph. Two sentences.";
        Document document = new Document("d", Language.of("en"), "test", text, List.of(
                new Block(BlockKind.PARAGRAPH, new Span(0, 35)), new Block(BlockKind.PARAGRAPH, new Span(37, text.length()))));
        SegmentedDocument segmented = segmenter.segment(document);
        assertThat(segmented.segments()).extracting(Segment::block).containsExactly(0, 1, 1);
        assertThat(segmented.text(0)).isEqualTo("First paragraph without a full stop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "fa", "ar", "de", "es", "ru", "zh"})
    void udhrSpansAreOrderedTrimmedAndInsideTheirBlocks(String tag) {
        SegmentedDocument segmented = TestData.segmentedUdhr(tag);
        assertThat(segmented.size()).isBetween(95, 110);
        assertSpansWellFormed(segmented);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void spansAreWellFormedOnRandomText(long seed) {
        Random random = new Random(seed);
        String alphabet = "abc XYZ .?!…«»\"'\n\t\u200cآیک۱۲。";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(2000);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Document document = new Document("r", Language.of(random.nextBoolean() ? "en" : "fa"), "seed " + seed,
                text.toString(), List.of(new Block(BlockKind.PARAGRAPH, new Span(0, text.length()))));
        assertSpansWellFormed(segmenter.segment(document));
    }

    private static void assertSpansWellFormed(SegmentedDocument segmented) {
        String text = segmented.document().text();
        int previousEnd = 0;
        for (Segment segment : segmented.segments()) {
            Span span = segment.span();
            Span block = segmented.document().blocks().get(segment.block()).span();
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd).isGreaterThanOrEqualTo(block.start());
            assertThat(span.end()).isLessThanOrEqualTo(block.end());
            assertThat(span.length()).isPositive();
            assertThat(Character.isWhitespace(text.charAt(span.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(span.end() - 1))).isFalse();
            previousEnd = span.end();
        }
    }

    private static Document oneParagraph(String tag, String text) {
        return new Document("t", Language.of(tag), "table", text,
                List.of(new Block(BlockKind.PARAGRAPH, new Span(0, text.length()))));
    }
}
