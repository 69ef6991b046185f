package org.rosetta.qa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.align.Dictionary;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each check on deliberately broken translations, and quiet on their correct versions, per language. */
class QaChecksTest {

    private static List<Finding> run(QaCheck check, String source, String sourceText, String target,
                                     String targetText) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(Language.of(source), sourceText);
        if (!targetText.isEmpty()) {
            variants.put(Language.of(target), targetText);
        }
        TranslationUnit unit = new TranslationUnit("u-1", "c", "d", variants, "", 0.9);
        return new QualityChecks(EnumSet.of(check), Glossary.none()).run(inADocumentWith(unit, source, target),
                List.of(new QualityChecks.Pair(Language.of(source), Language.of(target))));
    }

    /**
     * {@code unit} in a document that has a version in {@code target}: a unit of it in {@code source} and the target,
     * after {@code unit}, which no check finds anything in (a document without a version in a language has
     * nothing left out in it).
     */
    private static List<TranslationUnit> inADocumentWith(TranslationUnit unit, String source, String target) {
        SequencedMap<Language, String> both = new LinkedHashMap<>();
        both.put(Language.of(source), rightToLife(source));
        both.put(Language.of(target), rightToLife(target));
        return List.of(unit, new TranslationUnit("u-2", unit.collection(), unit.document(), both, "1-1", 0.99));
    }

    private static String rightToLife(String language) {
        return switch (language) {
            case "en" -> "Everyone has the right to life.";
            case "fa" -> "هر کس حق زندگی دارد.";
            case "ar" -> "لكل فرد الحق في الحياة.";
            case "de" -> "Jeder hat das Recht auf Leben.";
            case "es" -> "Todo individuo tiene derecho a la vida.";
            case "it" -> "Ogni individuo ha diritto alla vita.";
            case "ru" -> "Каждый человек имеет право на жизнь.";
            case "zh" -> "人人有权享有生命。";
            default -> "Tout individu a droit à la vie.";
        };
    }

    @ParameterizedTest(name = "{0}-{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "en|The 1948 Declaration has 30 articles.|fa|اعلامیهٔ ۱۹۴۸ دارای ۳۰ ماده است.|0",
            "en|The 1948 Declaration has 30 articles.|fa|اعلامیهٔ ۱۹۴۹ دارای ۳۰ ماده است.|1",
            "en|The 1948 Declaration has 30 articles.|fa|اعلامیه دارای ۳۰ ماده است.|1",
            "en|More than 40,000 books.|fr|Plus de 40 000 livres.|0",
            // a group separator typography writes as a narrow or a figure no-break space
            "en|More than 40,000 books.|fr|Plus de 40\u202F000 livres.|0",
            "en|More than 40,000 books.|fr|Plus de 40\u2007000 livres.|0",
            "en|More than 30,000 people.|fa|بیش از ۳۰٬۰۰۰ نفر.|0",
            "en|More than 30,000 people.|ar|أكثر من ٣٠٬٠٠٠ شخص.|0",
            "en|More than 30,000 people.|ar|أكثر من ٣٠٬٠٠١ شخص.|1",
            "en|Article 2|fr|Article deux|0",
            "en|Article 2|fa|مادهٔ دوم|0",
            "en|Article 23|fa|مادهٔ بیست و سوم|0",
            "en|Article 21|zh|第二十一条|0",
            "en|In 2015 the law changed.|fa|در سال ۱۳۹۴ قانون تغییر کرد.|0",
            "en|In 2015 the law changed.|fa|در سال ۱۳۹۰ قانون تغییر کرد.|1",
            // a Persian source's year in an English target; a Persian year by its last two digits
            "fa|در سال ۱۳۹۴ قانون تغییر کرد.|en|In 2015 the law changed.|0",
            "fa|در سال ۱۳۹۰ قانون تغییر کرد.|en|In 2015 the law changed.|1",
            "en|The 1988 massacre.|fa|قتل‌عام ۶۷.|0",
            "en|The 1988 massacre.|fa|قتل‌عام ۶۵.|1",
            "en|The 1988 massacre.|fr|Le massacre de 88.|1",
            // a number and a scale word
            "en|More than 30,000 prisoners.|fa|بیش از ۳۰ هزار زندانی.|0",
            "en|More than 30,000 prisoners.|fa|بیش از ۳۰ زندانی.|1",
            "en|It cost 2,000,000 euros.|fr|Cela a coûté 2 millions d'euros.|0",
            "en|It cost 3 million dollars.|de|Es kostete 3 Millionen Dollar.|0",
            "en|It cost 3 million dollars.|de|Es kostete 3 Milliarden Dollar.|1",
            "en|Some 5,000 families.|ar|نحو 5 آلاف أسرة.|0",
            "en|Two prisoners were freed.|fr|2 prisonniers ont été libérés.|0",
            "en|The rate rose to 12.5%.|de|Die Quote stieg auf 12,5 %.|0",
            // zeros that end a decimal fraction say nothing; those of a thousand do
            "de|Die neue Kote ist 8847,60 m.|fr|La nouvelle cote est de 8847,6 m.|0",
            "en|Turnout was 45.0% this year.|fa|مشارکت امسال ۴۵٪ بود.|0",
            "en|Turnout was 45.50% this year.|fr|La participation a été de 45,5 % cette année.|0",
            "en|It costs 1.500 euros.|fr|Cela coûte 1,5 euros.|1",
            // a date is a day, however written and in whatever calendar
            "en|Published on 2 June 2025|fr|Mis à jour le 02/06/2025|0",
            "en|Published on 2 June 2025|fr|Mis à jour le 03/06/2025|1",
            "en|Published on 2 June 2025|fa|۱۲ خرداد ۱۴۰۴|0",
            "en|Published on 3 June 2025|fa|۱۲ خرداد ۱۴۰۴|1",
            "en|Haldenau, 21 November 2023|de|Haldenau, 21. November 2023|0",
            "en|GENEVA, 3 November 2023|ar|جنيف، 3 تشرين الثاني/نوفمبر 2023|0",
            "en|The vote on June 2, 2025 was postponed.|fr|Le vote du 2 juin 2025 a été reporté.|0",
            "en|The vote on June 2, 2025 was postponed.|fr|Le vote du 2 juillet 2025 a été reporté.|1",
            "en|Updated 2025-06-02|fa|به‌روزرسانی ۱۴۰۴/۰۳/۱۲|0",
            "en|Published 31/12/99|fr|Publié le 31 décembre 1999|0",
            // an afternoon hour on a twelve-hour clock is the same hour on a 24-hour one
            "en|Open from 7am to 10pm.|fr|Ouvert de 7 h à 22 h.|0",
            "en|Open from 7am to 10 p.m.|de|Geöffnet von 7 bis 22 Uhr.|0",
            "en|Open from 7am to 10pm.|fr|Ouvert de 7 h à 21 h.|1",
            // a time of day is a time, however written: one finding when it is another
            "de|Um 15.30 Uhr erreichten sie den Gipfel.|fr|À 15 h. 30 ils atteignirent le sommet.|0",
            "de|Um 15.30 Uhr erreichten sie den Gipfel.|fr|À 15h30 ils atteignirent le sommet.|0",
            "en|The meeting starts at 3.30 pm.|de|Die Sitzung beginnt um 15.30 Uhr.|0",
            "en|The office opens at 09:30.|fa|دفتر ساعت ۰۹:۳۰ باز می‌شود.|0",
            "de|Um 15.30 Uhr erreichten sie den Gipfel.|fr|À 16 h 30 ils atteignirent le sommet.|1",
            "en|It costs 2.70 francs.|fr|Cela coûte 2 francs 70.|2",
            // round numbers spelled out, alone or opening a German compound; Roman numerals of two letters or more
            "de|Der dritte Achttausender der Saison.|fr|Le troisième « 8000 » de la saison.|0",
            "de|Zwei kleine Sechstausender.|fr|Deux modestes « 6000 ».|0",
            "de|Der « Achttausender-Status ».|fr|L'état des « 8000 ».|0",
            "de|Noch rund tausend Meter.|fr|Encore 1000 m.|0",
            "en|A thousand people came.|fr|1000 personnes sont venues.|0",
            "fr|Il y a 100 ans.|de|Vor hundert Jahren.|0",
            "de|Zwischen Lager 2 und 3.|fr|Entre le camp II et le camp III.|0",
            "de|Zwischen Lager 2 und 3.|fr|Entre le camp II et le camp IV.|1",
            "en|About 100 people came to the centre.|fr|Des gens sont venus au centre.|1",
            "de|Achtung, 8 Personen.|fr|Attention, des gens.|1",
            "en|Updated 17 October 2024, 6pm|it|Aggiornato il 17/10/2024 alle 18:00|0",
            "en|Updated 17 October 2024, 6pm|it|Aggiornato il 17/10/2024 alle 19:00|1",
            // a telephone number is one number
            "en|Call 0808 157 0482 today.|fr|Appelez le 0808 157 0482.|0",
            "en|Call 0808 157 0482 today.|fr|Appelez le 01 99 00 48 21.|1",
            "en|Call +44 161 496 0734.|de|Rufen Sie +44 161 496 0734 an.|0",
            "en|Call (020) 7946 0958.|fr|Appelez le (020) 7946 0958.|0",
            "en|Zermatt has 5,643 (2020) inhabitants.|fr|Zermatt compte 5 643 habitants (2020).|0",
            "en|It was built in 1953. 1,200 people came.|fr|Construit en 1953, il a reçu 1 200 visiteurs.|0",
            // times: a twelve-hour clock only with am or pm, and only in English; a map's scale is no time
            "de|Abfahrt um 9.00 Uhr.|fr|Départ à 21 h 00.|1",
            "en|Starts at 10am.|fr|Début à 22:00.|1",
            "en|Updated 17 October 2024, 6 PM|it|Aggiornato il 17/10/2024 alle 18:00|0",
            "en|The talk is at 3.30 PM.|de|Der Vortrag ist um 15.30 Uhr.|0",
            "de|Es standen 3 am Gipfel um 15.30 Uhr.|fr|Ils étaient 3 au sommet à 16 h 30.|1",
            "de|Die Karte 1:25 000 zeigt den Grat.|fr|La carte au 1:25 000 montre l'arête.|0",
            // an hour on the hour with its clock word; midnight and noon as words, midnight as 24:00 or 00:00
            "es|Cerrado al tráfico de 17:00 a 24:00.|fr|Fermé à la circulation de 17 h à minuit.|0",
            "es|Cerrado al tráfico de 17:00 a 24:00.|fr|Fermé à la circulation de 18 h à minuit.|1",
            "fr|De 17 h à minuit.|de|Von 17 bis 24 Uhr.|0",
            "en|The office closes at 00:00.|it|L’ufficio chiude a mezzanotte.|0",
            "en|Open until 12:00.|fr|Ouvert jusqu’à midi.|0",
            "en|In the afternoon, from 2pm to 6pm.|fr|L’après-midi, de 14 h à 18 h.|0",
            "es|Cerrado de 17:00 a 24:00.|fr|Fermé de 17\u00A0h à minuit.|0",
            "en|Closed from 12 am to 6 am.|fr|Fermé de minuit à 6 h.|0",
            "en|Midnight is the deadline.|de|Die Frist endet um 24 Uhr.|0",
            "en|Noon: doors open.|fr|Ouverture des portes à 12 h.|0",
            // an hour with its clock word may be a duration, and a word a name: matched, never said changed
            "en|The session opens at 9:30 and lasts 8 hours.|fr|La séance s’ouvre à 9 heures 30 et dure 8 heures.|0",
            "en|The minister spoke at 11 am.|it|Il ministro ha parlato nel Mezzogiorno alle 11.|0",
            // one time written twice is matched by its digits
            "en|The office closes at noon (12:00).|fr|Le bureau ferme à 12 h.|0",
            // round numbers: not a part of a larger one
            "es|Hace 100 años.|fr|Il y a deux cent cinquante ans.|1",
            "fr|Il y a 100 ans.|de|Vor hundertfünfzig Jahren.|1",
            "de|1000 Menschen kamen.|fr|Deux mille personnes sont venues.|1",
            "en|1,000 climbers came.|de|Tausende Bergsteiger kamen.|1",
            "de|Die CD enthält 400 Fotos.|fr|Le CD contient des photos.|1",
            "en|In 1952, 1953 and 1954.|fr|En 1952, 1953 et 1955.|1"})
    void numbers(String source, String sourceText, String target, String targetText, int findings) {
        assertThat(run(QaCheck.NUMBERS, source, sourceText, target, targetText)).hasSize(findings);
    }

    /**
     * Times as written, and how surely: "heures" is as often a duration, and the "midi" of "après-midi" and the south
     * of France's "Midi" are no time.
     */
    @Test
    void timesOfDayAreReadAsWritten() {
        Language fr = Language.of("fr");
        assertThat(ClockTimes.in("L’après-midi, de 14 h à 18 h 30, et l’après midi à 15 heures.", fr))
                .extracting(ClockTimes.Time::minutes, ClockTimes.Time::written)
                .containsExactly(tuple(14 * 60, ClockTimes.Written.HOUR),
                        tuple(18 * 60 + 30, ClockTimes.Written.DIGITS));
        assertThat(ClockTimes.in("Le Midi et l’Aiguille du Midi, 24 h/24.", fr)).isEmpty();
        assertThat(ClockTimes.in("Fermé à midi et à minuit, ouvert à 24:00.", fr))
                .extracting(ClockTimes.Time::minutes, ClockTimes.Time::written)
                .containsExactly(tuple(12 * 60, ClockTimes.Written.WORD), tuple(0, ClockTimes.Written.WORD),
                        tuple(0, ClockTimes.Written.DIGITS));
        assertThat(ClockTimes.in("Open 12 am to 12 pm, then 6.30 p.m.", Language.of("en")))
                .extracting(ClockTimes.Time::minutes).containsExactly(0, 12 * 60, 18 * 60 + 30);
    }

    /** A number written as another is one finding that marks it on both sides; one left over is its own. */
    @Test
    void aChangedNumberIsOneFindingMarkingBothSides() {
        String en = "The fund has raised 2.5 million, or 45% of its target, for 12,000 families.";
        String ar = "جمع الصندوق 2,5 مليون، أي 54٪ من هدفه.";
        List<Finding> findings = run(QaCheck.NUMBERS, "en", en, "ar", ar);
        assertThat(findings).extracting(Finding::message)
                .containsExactly("45 is 54 in the ar", "12,000 is not in the ar");
        assertThat(findings.getFirst().sourceSpan().orElseThrow().of(en)).isEqualTo("45");
        assertThat(findings.getFirst().targetSpan().orElseThrow().of(ar)).isEqualTo("54");
    }

    /**
     * Where several numbers are left over, only a slip pairs them (a digit changed, added or dropped, two swapped):
     * a unit that lost four heights and gained a year has five findings, not a height "written as" the year.
     */
    @Test
    void leftOverNumbersArePairedOnlyByASlip() {
        String de = "Die Erstersteigung des Lhotse (8501 m bzw. ca. 8510 m) am 18. Mai 1956, des Mount Everest "
                + "(8848 m) am 23. Mai, und am 81. Tag.";
        String fr = "Les ascensions de l'Everest, le 23 mai 1956, et le 80e jour, en 1957.";
        assertThat(run(QaCheck.NUMBERS, "de", de, "fr", fr)).extracting(Finding::message).containsExactlyInAnyOrder(
                "the date 18. Mai 1956 is another day in the fr: 23 mai 1956", "81 is 80 in the fr",
                "8501 is not in the fr", "8510 is not in the fr", "8848 is not in the fr", "23 is not in the fr",
                "1957 is in the fr but not in the de");
    }

    @ParameterizedTest(name = "{0}-{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "en|The statement by Ebrahim Raisi was read.|fa|بیانیهٔ ابراهیم رئیسی خوانده شد.|0",
            // a list item's label or bullet opens a sentence: its first word is no name
            "en|a) Drinking water is handed out. b) Tents are ready.|fr|a) L'eau est distribuée. b) Les abris sont prêts.|0",
            "en|Aid arrived. • Tents for all.|fr|L'aide est arrivée. • Des abris pour tous.|0",
            "en|The statement by Ebrahim Raisi was read.|fa|بیانیهٔ ابراهیم خوانده شد.|1",
            "en|The statement by Ebrahim Raisi was read.|fa|بیانیه خوانده شد.|2",
            "en|A message from Maryam Rajavi was read.|fa|پیامی از مریم رجوی خوانده شد.|0",
            "en|A message from Maryam Rajavi was read.|fr|Un message de Maryam Radjavi a été lu.|0",
            "en|A message from Maryam Rajavi was read.|fr|Un message de Maryam Rakavi a été lu.|1",
            "en|A message from Maryam Rajavi was read.|ar|قرئت رسالة من مريم رجوي.|0",
            // a short heading in title case: its capitals say nothing where the prose does not capitalise its words
            "en|Swedish Court|fr|Tribunal suédois|0",
            // a possessive ending is no part of the name; a quotation's first word opens a sentence
            "en|The office of Ebrahim Raisi’s government replied.|fa|دفتر دولت ابراهیم رئیسی پاسخ داد.|0",
            "en|The office of Ebrahim Raisi’s government replied.|fa|دفتر دولت ابراهیم پاسخ داد.|1",
            "en|She said, “Thirty-three years ago, prisoners were hanged.”|fr|Elle a dit : « Il y a trente-trois"
                    + " ans, des prisonniers ont été pendus. »|0",
            // a name made an adjective in a language that writes those in lower case
            "en|The Iranian authorities replied.|fr|Les autorités iraniennes ont répondu.|0",
            "en|The people of Iran voted.|fr|Le peuple iranien a voté.|0",
            "en|The Valmoray council met.|fr|Le conseil valmorayen s'est réuni.|0",
            "en|The Valmoray council met.|fr|Le conseil s'est réuni.|1",
            // a target's name after an opening quotation mark still renders the source's
            "en|The letter was signed by Maryam Rajavi.|fr|La lettre a été signée par « Maryam Radjavi ».|0",
            "en|Javaid Rehman spoke in Tehran.|ar|تحدث جاويد رحمن في طهران.|0",
            "en|Javaid Rehman spoke in Tehran.|ru|Джавид Рехман выступил в Тегеране.|0",
            "en|Javaid Rehman spoke in Tehran.|ru|Джавид выступил в Тегеране.|1",
            "en|A message from Maryam Rajavi was read.|fa|پیامی از مریم رکوی خوانده شد.|1",
            // و is the w of Weber as much as the v of Rajavi, and a three-letter Persian name is a whole name
            "en|Mayor Anna Weber thanked the 40 volunteers.|fa|آنا وبر، شهردار، از ۴۰ داوطلب تشکر کرد.|0",
            // و is a name's v: اوین is Evin
            "en|Prisoners went on hunger strike in Evin prison.|fa|زندانیان در زندان اوین دست به اعتصاب غذا زدند.|0",
            "en|Prisoners went on hunger strike in Evin prison.|fa|زندانیان در زندان دست به اعتصاب غذا زدند.|1",
            "en|Mayor Anna Weber thanked the 40 volunteers.|fa|آنا، شهردار، از ۴۰ داوطلب تشکر کرد.|1",
            // Anna's skeleton is a single n, too little to look for in Persian; in French it is there or not
            "en|Mayor Anna Weber thanked the 40 volunteers.|fr|La maire Weber a remercié les 40 bénévoles.|1",
            // both skeletons are md: Mahmoud's counterpart cannot also be Mohammadi's
            "en|A letter from Mahmoud Mohammadi was read.|fa|نامه‌ای از محمود محمدی خوانده شد.|0",
            "en|A letter from Mahmoud Mohammadi was read.|fa|نامه‌ای از محمود مکمدی خوانده شد.|1",
            "en|Mahmoud Mohammadi wrote.|fr|Mahmoud Mohakmadi a écrit.|1",
            // a title-case headline: its capitals say nothing
            "en|Iran: Over 1000 Political Prisoners Urge the World Community To Investigate 1988 Massacre|fr|Iran :"
                    + " plus de 1000 prisonniers politiques exhortent la communauté internationale à enquêter sur"
                    + " le massacre de 1988|0",
            // capitalised where a page's layout broke the sentence, but a form of a word the text writes in lower case
            "en|It was proclaimed in 1948, and this text Proclaims it again.|fa|این در ۱۹۴۸ اعلام شد و این متن"
                    + " دوباره آن را اعلام می‌کند.|0",
            "en|It was proclaimed in 1948, and Weber Proclaims it again.|fa|این در ۱۹۴۸ اعلام شد و دوباره آن را"
                    + " اعلام می‌کند.|1",
            // a weekday or month is a date, not a name
            "en|The city opened three fountains on Monday, 14 September.|fr|La ville a ouvert trois fontaines"
                    + " le lundi 14 septembre.|0",
            // named twice, rendered once and then "il": the name is there
            "en|The envoy met Javaid Rehman, and later Rehman spoke.|fr|L’envoyé a rencontré Javaid Rehman, qui a"
                    + " ensuite parlé.|0",
            // countries and languages are translated, in the target's own words (ICU's names), inflected or not
            "en|Kettles were sold in the United Kingdom, France and Belgium.|fr|Des bouilloires ont été vendues au"
                    + " Royaume-Uni, en France et en Belgique.|0",
            "en|Kettles were sold in the United Kingdom, France and Belgium.|nl|Er werden waterkokers verkocht in"
                    + " het Verenigd Koninkrijk, Frankrijk en België.|0",
            "en|Kettles were sold in the United Kingdom and Belgium.|ru|Чайники продавались в Великобритании и"
                    + " Бельгии.|0",
            "en|Kettles were sold in the United Kingdom and Belgium.|ar|بيعت الغلايات في المملكة المتحدة"
                    + " وبلجيكا.|0",
            "en|Kettles were sold in the United Kingdom, France and Belgium.|fr|Des bouilloires ont été vendues au"
                    + " Royaume-Uni et en France.|1",
            "en|The page was translated from Dutch.|fr|La page a été traduite du néerlandais.|0",
            "en|Thousands fled Syria last year.|ru|Тысячи человек бежали из Сирии в прошлом году.|0",
            // a name declined or made an adjective is the name; a name with a letter changed is not
            "en|The mayor of Kiel spoke.|de|Der Kieler Bürgermeister sprach.|0",
            "en|Workers in Kiel and Bonn went on strike.|de|Kieler und Bonner Arbeiter streikten.|0",
            "en|The mayor of Kiel spoke.|de|Der Kaeler Bürgermeister sprach.|1",
            "en|The mayor of Mali spoke.|fr|Le maire malin a parlé.|1",
            // a name that begins a compound, in a language that writes compounds as one word, is the name
            "en|The conference discussed Iran policy.|de|Die Konferenz erörterte die Iranpolitik.|0",
            "en|The conference discussed Iran policy.|de|Die Konferenz erörterte die Irakpolitik.|1",
            "en|The conference discussed Iran policy.|fr|La conférence a discuté de l'Iranpolitique.|1",
            // a title the source abbreviates is a title, written the target's way; the name after it is a name
            "en|She met Mrs. Rajavi in Paris.|fr|Elle a rencontré Mme Radjavi à Paris.|0",
            "en|She met Mrs. Rajavi in Paris.|de|Sie traf Frau Rajavi in Paris.|0",
            "en|She met Mrs. Rajavi in Paris.|fr|Elle a rencontré Mme à Paris.|1",
            "en|The speech was given by Ali. Then Rajavi spoke.|fr|Le discours a été prononcé. Radjavi a ensuite"
                    + " parlé.|1",
            // a title abbreviated is the title
            "en|The jury was chaired by Professor Anke Brandt.|de|Die Jury leitete Prof. Anke Brandt.|0",
            "en|The jury was chaired by Professor Anke Brandt.|de|Die Jury leitete Anke Brandt.|1",
            // a name in a hyphenated compound is the name (dev/blind-statements en-nl), another name is not
            "en|The new installation at the Oostkade terminal supplies 16 megawatts.|nl|De nieuwe installatie bij de"
                    + " Oostkade-terminal levert 16 megawatt.|0",
            "en|The new installation at the Oostkade terminal supplies 16 megawatts.|nl|De nieuwe installatie bij de"
                    + " Noordkade-terminal levert 16 megawatt.|1",
            "en|The new installation at the Oostkade terminal supplies 16 megawatts.|nl|De nieuwe installatie bij de"
                    + " Westkade-terminal levert 16 megawatt.|1",
            // each part of a hyphenated name renders a name of its own
            "en|The floods in Emilia Romagna were the worst in a century.|it|Le alluvioni in Emilia-Romagna sono"
                    + " state le peggiori del secolo.|0",
            // an acronym whose words a translation puts in another order keeps its letters: NATO is OTAN
            "en|Supporters of the PMOI and the NCRI met NATO officials.|fr|Des partisans de l'OMPI et du CNRI ont"
                    + " rencontré des responsables de l'OTAN.|0",
            "en|Supporters of the PMOI met the officials.|fr|Des partisans ont rencontré les responsables.|1",
            "en|Supporters of the PMOI met the officials.|fr|Des partisans de l'OMI ont rencontré les"
                    + " responsables.|1",
            // a short name is matched whole: "Inde" is not "indemnité"
            "en|Compensation was paid in India.|fr|Une indemnité a été versée.|1",
            // a hashtag, an address or a link is the punctuation check's, compared whole
            "en|Follow #FreeThem and write to Press@example.org or see https://example.org/Statement today.|fr|Suivez"
                    + " l'actualité et écrivez-nous.|0"})
    void names(String source, String sourceText, String target, String targetText, int findings) {
        assertThat(run(QaCheck.NAMES, source, sourceText, target, targetText)).hasSize(findings);
    }

    /**
     * German capitalises every noun: a capitalised word is a name only where some unit's target writes it as one
     * ("Rajavi" is "Radjavi" in French), not where it is a noun ("Rede", "Wolken"), whether the target is French
     * or Persian.
     */
    @ParameterizedTest(name = "de-{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Le discours de Maryam Radjavi dans la zone a été lu.|Maryam a parlé des nuages.",
            "fa|سخنرانی مریم رجوی در منطقه خوانده شد.|مریم دربارهٔ ابرها صحبت کرد."})
    void germanNounsAreNoNames(String target, String first, String second) {
        List<TranslationUnit> units = List.of(
                unit("u-1", "d", "de", "Die Rede von Maryam Rajavi in der Zone wurde verlesen.", target, first),
                unit("u-2", "d", "de", "Maryam Rajavi sprach über die Wolken.", target, second));
        assertThat(run(units, QaCheck.NAMES, Language.of("de"), Language.of(target)))
                .extracting(Finding::unit, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("u-2", "the name Rajavi has no counterpart in the "
                        + target));
    }

    @ParameterizedTest(name = "{0}-{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "en|Everyone has the right to life.|fr|Everyone has the right to life.|1",
            "de|Nanga Parbat, Cho Oyu, Gasherbrum.|fr|Nanga Parbat, Cho Oyu, Gasherbrum.|0",
            "de|Die Expedition erreichte den Gipfel.|fr|Die Expedition erreichte den Gipfel.|1",
            "en|Everyone has the right to life.|fa|Everyone has the right to life.|1",
            "en|Everyone has the right to life.|fr|Tout individu a droit à la vie.|0",
            "en|Article 5|fr|Article 5|0",
            "en|Everyone has the right to life.|ru|Everyone has the right to life, liberty.|1",
            "en|Everyone has the right to life.|ru|Каждый человек имеет право на жизнь.|0"})
    void untranslated(String source, String sourceText, String target, String targetText, int findings) {
        assertThat(run(QaCheck.UNTRANSLATED, source, sourceText, target, targetText)).hasSize(findings);
    }

    @ParameterizedTest(name = "{0}-{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "en|He said (as reported) no.|fr|Il a dit (selon les rapports non.|1",
            "en|He said (as reported) no.|fr|Il a dit (selon les rapports) non.|0",
            "en|Is this right?|fa|آیا این درست است؟|0",
            "en|Is this right?|fa|این درست است.|1",
            "en|See https://example.org/x for more.|fr|Voir https://example.org/x.|0",
            "en|See https://example.org/x for more.|fr|Voir le site.|1",
            "en|“We wanted a library,” she said.|fr|« Nous voulions une bibliothèque », dit-elle.|0",
            "en|“We wanted a library,” she said.|fr|« Nous voulions une bibliothèque, dit-elle.|1",
            "de|Die Originalberichte von Mai bis Oktober 1956.|fr|a) Les articles originaux de mai à octobre 1956.|0",
            "de|Die Originalberichte (Mai bis Oktober 1956).|fr|b ) Les articles originaux (mai à octobre 1956.|1",
            "en|iv) The reports of May 1956.|fr|iv) Les rapports de mai 1956.|0",
            "en|“We now expect management to come back.”|de|„Wir erwarten jetzt, dass sie zurückkehrt.“|0",
            "en|“We now expect management to come back.”|de|„Wir erwarten jetzt, dass sie zurückkehrt.|1",
            "en|“We wanted a library,” she said.|sv|”Vi ville ha ett bibliotek”, sa hon.|0",
            "en|“We wanted a library,” she said.|zh|「我們想要一座圖書館」，她說。|0",
            "en|“We wanted a library,” she said.|fa|او گفت: «ما یک کتابخانه می‌خواستیم».|0"})
    void punctuation(String source, String sourceText, String target, String targetText, int findings) {
        assertThat(run(QaCheck.PUNCTUATION, source, sourceText, target, targetText)).hasSize(findings);
    }

    /**
     * With a dictionary, an institution's name put in the target's own words is not reported; a person's name left out
     * still is, also when it is a dictionary word whose translation starts or hides in other words ("Brown", "braun",
     * "braucht"; "Green", "vert", "ouvert").
     */
    @Test
    void aDictionaryTellsATranslatedInstitutionFromAMissingName(@TempDir Path dir) throws IOException {
        Path english = dir.resolve("en-de.csv");
        Files.writeString(english, "labour,Arbeit\ncourt,Gericht\nbrown,braun\ngreen,vert\n");
        Path german = dir.resolve("de-en.csv");
        Files.writeString(german, "Arbeit,labour\nGericht,court\n");
        List<TranslationUnit> units = List.of(
                unit("n-1", "d", "en", "Today the Haldenau Labour Court dismissed the application.", "de",
                        "Heute hat das Arbeitsgericht Haldenau die Klage abgewiesen."),
                unit("n-2", "d", "en", "The lawyer Maryam Rajavi welcomed the ruling.", "de",
                        "Die Anwältin Maryam begrüßte das Urteil."),
                unit("n-3", "d", "en", "Minister Gordon Brown said it was needed.", "de",
                        "Minister Gordon sagte, man braucht es."));
        List<QualityChecks.Pair> pairs = List.of(new QualityChecks.Pair(Language.of("en"), Language.of("de")));
        QualityChecks names = new QualityChecks(EnumSet.of(QaCheck.NAMES), Glossary.none());
        assertThat(names.run(units, pairs)).extracting(Finding::message).containsExactly(
                "the name Labour has no counterpart in the de", "the name Court has no counterpart in the de",
                "the name Rajavi has no counterpart in the de", "the name Brown has no counterpart in the de");
        assertThat(names.withDictionary(Dictionary.read(english)).run(units, pairs)).extracting(Finding::message)
                .containsExactly("the name Rajavi has no counterpart in the de",
                        "the name Brown has no counterpart in the de");
        List<TranslationUnit> court = List.of(unit("c-1", "c", "en", "Today the Haldenau Court dismissed it.", "de",
                "Heute hat das Gericht Haldenau sie abgewiesen."));
        assertThat(names.run(court, pairs)).extracting(Finding::message)
                .containsExactly("the name Court has no counterpart in the de");
        assertThat(names.withDictionary(Dictionary.read(german)).run(court, pairs)).isEmpty(); // read from German
        List<TranslationUnit> french = List.of(unit("g-1", "f", "en", "The painter Anna Green opened the show.",
                "fr", "La peintre Anna a ouvert l'exposition."));
        assertThat(names.withDictionary(Dictionary.read(english)).run(french,
                List.of(new QualityChecks.Pair(Language.of("en"), Language.of("fr"))))).extracting(Finding::message)
                .containsExactly("the name Green has no counterpart in the fr");
    }

    /**
     * A quotation over several paragraphs, reopened at each in French and marked only at its ends in German: the
     * reopening marks inside it are the convention; the same mark once the quotation is closed is a quote left open.
     */
    @Test
    void aQuotationReopenedAtEachParagraphIsNoUnbalancedQuote() {
        List<TranslationUnit> units = List.of(
                unit("q-1", "d", "de", "Er schrieb: „Die Spuren waren frisch.", "fr",
                        "Il écrivit : « Les traces étaient fraîches."),
                unit("q-2", "d", "de", "Wir folgten ihnen stundenlang.", "fr",
                        "« Nous les suivîmes pendant des heures."),
                unit("q-3", "d", "de", "Dann gaben wir auf.“", "fr", "« Puis nous abandonnâmes. »"),
                unit("q-4", "d", "de", "Das war alles.", "fr", "« C'était tout."),
                unit("r-1", "e", "de", "Wir folgten ihnen stundenlang.", "fr",
                        "« Nous les suivîmes pendant des heures."),
                // the source closes the quotation here, the target only reopens it: left open
                unit("s-1", "f", "de", "Er schrieb: „Die Spuren waren frisch.", "fr",
                        "Il écrivit : « Les traces étaient fraîches."),
                unit("s-2", "f", "de", "„Dann gaben wir auf.“", "fr", "« Puis nous abandonnâmes."));
        assertThat(run(units, QaCheck.PUNCTUATION, Language.of("de"), Language.of("fr")))
                .extracting(Finding::unit).containsExactly("q-4", "r-1", "s-2");
    }

    @ParameterizedTest(name = "{0}-{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "en|Everyone has the right to life.|fr||1",
            "en|Everyone has the right to life.|fr|Tout individu a droit à la vie.|0"})
    void omission(String source, String sourceText, String target, String targetText, int findings) {
        assertThat(run(QaCheck.OMISSION, source, sourceText, target, targetText == null ? "" : targetText))
                .hasSize(findings);
    }

    /**
     * A common target word that shares a name's skeleton (مادهٔ, "article", and Mohammadi are both md) is no
     * counterpart: the collection pairs it with "Article", not with the name.
     */
    @Test
    void aCommonWordIsNoNamesCounterpart() {
        List<TranslationUnit> units = new ArrayList<>();
        for (String[] texts : new String[][] {{"Article 6", "مادهٔ ششم"}, {"Article 7", "مادهٔ هفتم"},
                {"Article 8", "مادهٔ هشتم"}, {"Article 9", "مادهٔ نهم"}, {"Article 10", "مادهٔ دهم"},
                {"Narges Mohammadi: Article 5", "نرگس مکمدی: مادهٔ پنجم"}}) {
            SequencedMap<Language, String> variants = new LinkedHashMap<>();
            variants.put(Language.of("en"), texts[0]);
            variants.put(Language.of("fa"), texts[1]);
            units.add(new TranslationUnit("u-" + units.size(), "c", "d", variants, "1-1", 0.9));
        }
        assertThat(new QualityChecks(EnumSet.of(QaCheck.NAMES), Glossary.none()).run(units,
                List.of(new QualityChecks.Pair(Language.of("en"), Language.of("fa")))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Mohammadi"));
    }

    /**
     * The shipped UDHR with "droits de l’homme" swapped for "droits humains", in one unit at a time: found without a
     * glossary (English to French) in half the units that hold the term (2 of 4 today), both spans marked. Word
     * alignments need a collection to learn from: a six-sentence statement alone gives too few links.
     */
    @Test
    void aTermRenderedOddlyOnceIsInconsistent() {
        Language en = Language.of("en");
        Language fr = Language.of("fr");
        List<TranslationUnit> clean = QaRecall.udhrUnits(List.of("fr"));
        int swaps = 0;
        int found = 0;
        for (int u = 0; u < clean.size(); u++) {
            TranslationUnit unit = clean.get(u);
            if (unit.text(en) == null || unit.text(fr) == null || !unit.text(en).contains("human rights")
                    || !unit.text(fr).contains("droits de l’homme")) {
                continue;
            }
            List<TranslationUnit> units = new ArrayList<>(clean);
            SequencedMap<Language, String> variants = new LinkedHashMap<>(unit.variants());
            variants.put(fr, unit.text(fr).replace("droits de l’homme", "droits humains"));
            units.set(u, new TranslationUnit(unit.id(), unit.collection(), unit.document(), variants,
                    unit.beadType(), unit.confidence()));
            List<Finding> findings = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none()).run(units,
                    List.of(new QualityChecks.Pair(en, fr)));
            swaps++;
            List<Finding> here = findings.stream().filter(f -> f.unit().equals(unit.id())
                    && f.message().startsWith("'human rights' is rendered")).toList();
            if (!here.isEmpty()) {
                found++;
                assertThat(here).allSatisfy(f -> {
                    assertThat(f.message()).contains("here, 'droits de l’homme' in");
                    assertThat(f.sourceSpan().orElseThrow().of(f.sourceText())).isEqualTo("human rights");
                    assertThat(f.targetSpan().orElseThrow().of(f.targetText())).startsWith("droits");
                });
            }
        }
        assertThat(swaps).isGreaterThanOrEqualTo(4);
        assertThat(2 * found).as("%d of %d swaps found", found, swaps).isGreaterThanOrEqualTo(swaps);
    }

    /**
     * One rendering, several source terms, is reported only where the translation elsewhere keeps the two apart. The
     * shipped French renders "liberty" (seen once) and "freedom" alike, "liberté": a distinction French does not
     * make, not reported. Read from French to English, "law" renders "juridique" in article 6 and "loi" in four
     * units; "juridique" is rendered otherwise in article 2 ("jurisdictional", no "law"): reported.
     */
    @Test
    void aTargetTermRenderingTwoSourceTermsIsReportedWhereTheyAreKeptApartElsewhere() {
        Language en = Language.of("en");
        Language fr = Language.of("fr");
        QualityChecks checks = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none());
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr"));
        assertThat(checks.run(units, List.of(new QualityChecks.Pair(en, fr))))
                .noneMatch(f -> f.message().contains("renders 'liberty'"));
        assertThat(checks.run(units, List.of(new QualityChecks.Pair(fr, en))))
                .filteredOn(f -> f.message().startsWith("'law' renders 'juridique' here, 'loi' in 4 other units"))
                .singleElement().satisfies(f -> {
                    assertThat(f.sourceSpan().orElseThrow().of(f.sourceText())).isEqualTo("juridique");
                    assertThat(f.targetSpan().orElseThrow().of(f.targetText())).isEqualTo("law");
                });
    }

    /**
     * The shipped UDHR renders "Everyone has" as "Toute personne" in 16 units and four other ways elsewhere (Chacun,
     * Tout individu, ...): rendered by context, not a fixed term, so none of those units is inconsistent; nor is
     * a rendering that holds the usual one or is part of it (the Persian "هر کس حق" for "Everyone" against
     * "Everyone has").
     */
    @Test
    void aTermRenderedSeveralWaysIsNotInconsistent() {
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr", "fa"));
        QualityChecks checks = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none());
        List<Finding> french = checks.run(units, List.of(new QualityChecks.Pair(Language.of("en"),
                Language.of("fr"))));
        assertThat(french).isNotEmpty().noneMatch(f -> f.message().startsWith("'Everyone has'"));
        List<Finding> persian = checks.run(units, List.of(new QualityChecks.Pair(Language.of("en"),
                Language.of("fa"))));
        assertThat(persian).isNotEmpty().noneMatch(f -> f.message().contains("renders 'Everyone' here"));
    }

    /**
     * Function words are not terms: on the shipped UDHR, English "has" and "All" (which Chinese renders by context)
     * and "his" were reported as inconsistent while only the search analyzer's 33 stop words were left out.
     */
    @Test
    void functionWordsAreNotTerms() {
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("zh", "fa"));
        QualityChecks checks = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none());
        List<Finding> findings = new ArrayList<>();
        for (String target : List.of("zh", "fa")) {
            findings.addAll(checks.run(units, List.of(new QualityChecks.Pair(Language.of("en"),
                    Language.of(target)))));
        }
        assertThat(findings).isNotEmpty().noneMatch(f -> f.message().matches(
                "(?i).*'(has|all|his)' (is rendered|here).*|.*renders '(has|all|his)' here.*"));
    }

    /**
     * Only links that hold most of both words' association in their sentence make a rendering. On the shipped
     * UDHR, "well" (as well as in association) was linked to اجتماعی ("social": بطور اجتماعی), "freedom" to مجامع
     * ("assemblies") and "one" to احدی, each reported as an odd rendering: eight findings in 97 units, then two
     * (now none).
     * And a word seen once cannot take a frequent word its sentence leaves unexplained (Moore's smoothing of rare
     * words): حقوقی ("legal") took "recognition" and "reconnaissance", whose شناسائی that sentence lacks, and
     * دوستانه ("friendly") took "development".
     */
    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            en ; fa ; 'freedom' is rendered 'مجامع'.*|'اجتماعی' renders 'well'.*|'one' is rendered 'احدی'.*|'recognition' is rendered 'حقوقی'.*|'development' is rendered 'دوستانه'.*
            fr ; fa ; 'reconnaissance' is rendered 'حقوقی'.*|'هر کس' renders 'chacun'.*
            en ; ar ; 'one shall' is rendered 'يعرض'.*
            """)
    void aWeakWordLinkIsNoEvidenceOfAnOddRendering(String source, String target, String wrong) {
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr", "fa", "ar", "zh"));
        List<Finding> findings = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none()).run(units,
                List.of(new QualityChecks.Pair(Language.of(source), Language.of(target))));
        assertThat(findings).noneMatch(f -> f.message().matches(wrong));
        // about two per hundred units, the bound (fr-fa: one in 97, a true variant, جامعه beside اجتماع
        // for "société")
        assertThat(findings.size()).as("findings on %d units: %s", units.size(), findings).isLessThanOrEqualTo(2);
    }

    /**
     * A target that holds a form of the usual rendering holds the usual rendering, though the search analyzer does
     * not stem the two alike: the shipped UDHR renders "liberté" آزادی in five units, and in article 20 writes
     * آزادانه ("freely"), where the word alignment linked "liberté" to مجامع ("assemblies") and the check reported
     * it. Word families are keyed as the aligner keys cognates within one script, by their first four letters.
     */
    @Test
    void aFormOfTheUsualRenderingIsTheUsualRendering() {
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr", "fa"));
        List<Finding> findings = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none()).run(units,
                List.of(new QualityChecks.Pair(Language.of("fr"), Language.of("fa"))));
        assertThat(findings).isNotEmpty().noneMatch(f -> f.message().startsWith("'liberté' is rendered"));
    }

    /**
     * The first sentence of a paragraph of the shipped UDHR dropped from its translation: the unit's length is
     * unlikely under the collection's length model and at least a hundred times likelier without that sentence,
     * which the finding marks. The Persian of article 26 is a free translation: without the English sentence it
     * is still short (its last sentence leaves out "higher education ... on the basis of merit"), which a rule
     * asking the rest to fit as well as a typical unit let through.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | All are equal before the law and are entitled without any discrimination to equal protection of the law. | Tous ont droit
            fa | Education shall be free, at least in the elementary and fundamental stages.                               | آموزش ابتدائی اجباری است
            """)
    void aDroppedSentenceIsMarked(String language, String first, String kept) {
        Language en = Language.of("en");
        Language target = Language.of(language);
        List<TranslationUnit> units = new ArrayList<>(QaRecall.udhrUnits(List.of("fr", "fa", "ar")));
        int at = -1;
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).text(en) != null && units.get(u).text(en).startsWith(first)) {
                at = u;
            }
        }
        assertThat(at).as("the UDHR unit starting %s", first).isNotNegative();
        TranslationUnit unit = units.get(at);
        String translation = unit.text(target);
        assertThat(run(units, QaCheck.OMISSION, en, target)).noneMatch(f -> f.unit().equals(unit.id()));
        SequencedMap<Language, String> variants = new LinkedHashMap<>(unit.variants());
        assertThat(translation).contains(kept);
        variants.put(target, translation.substring(translation.indexOf(kept)));
        units.set(at, new TranslationUnit(unit.id(), unit.collection(), unit.document(), variants, unit.beadType(),
                unit.confidence()));
        assertThat(run(units, QaCheck.OMISSION, en, target)).filteredOn(f -> f.unit().equals(unit.id()))
                .singleElement().satisfies(f -> assertThat(f.sourceSpan().orElseThrow().of(f.sourceText()))
                        .isEqualTo(first));
    }

    /** A statement's last sentence, a "Related articles" label and the first title it lists (document "w"). */
    private static List<TranslationUnit> wellsToTheFirstTitle() {
        return List.of(
                unit("w-1", "w", "en", "The foundation completed 40 wells this year.", "ar", "أنجزت المؤسسة ٤٠ بئراً هذا العام."),
                unit("w-2", "w", "en", "Related articles", "ar", "مقالات ذات صلة"),
                unit("w-3", "w", "en", "Solar pumps for farmers in the Jordan Valley", "ar", ""));
    }

    /** The omission findings of {@code units} from English to Arabic, each as its unit and severity. */
    private static List<String> omissionsEnAr(List<TranslationUnit> units) {
        return run(units, QaCheck.OMISSION, Language.of("en"), Language.of("ar")).stream()
                .map(f -> f.unit() + " " + f.severity()).toList();
    }

    private static List<Finding> run(List<TranslationUnit> units, QaCheck check, Language source, Language target) {
        return new QualityChecks(EnumSet.of(check), Glossary.none()).run(units,
                List.of(new QualityChecks.Pair(source, target)));
    }

    /**
     * Page furniture without counterpart is said so, at severity info: a translation need not carry a share line;
     * nor lines of furniture the aligner leaves out together as one unit (a breadcrumb and a label).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en;Share this article: Facebook | Twitter | Email;OMISSION;INFO",
            "fr;Communiqué de presse;ADDITION;INFO",
            "fr;Accueil › Actualités › Communiqués Communiqué de presse n° 27/2025;ADDITION;INFO",
            "en;Press release 14 March 2024;OMISSION;INFO",
            "en;The Iranian Resistance provided information to the United Nations.;OMISSION;ERROR",
            "en;Share this: the Iranian Resistance provided information to the United Nations.;OMISSION;ERROR",
            "en;In March 2024, related charges were brought against three activists.;OMISSION;ERROR"})
    void furnitureWithoutCounterpartIsInfo(String language, String text, QaCheck check, Severity severity) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(Language.of(language), text);
        TranslationUnit unit = new TranslationUnit("u-1", "c", "d", variants, "1", 1.0);
        assertThat(new QualityChecks(EnumSet.of(QaCheck.OMISSION, QaCheck.ADDITION), Glossary.none()).run(
                inADocumentWith(unit, "en", "fr"),
                List.of(new QualityChecks.Pair(Language.of("en"), Language.of("fr")))))
                .singleElement().satisfies(f -> {
                    assertThat(f.check()).isEqualTo(check);
                    assertThat(f.severity()).isEqualTo(severity);
                });
    }

    /**
     * The titles a "Related articles" label lists at a statement's end are page furniture (dev/blind-statements
     * en-ar); a one-sided heading-like line with body text after it is not.
     */
    @Test
    void titlesUnderALinksLabelAtTheEndAreFurniture() {
        List<TranslationUnit> foot = new ArrayList<>(wellsToTheFirstTitle());
        foot.add(unit("w-4", "w", "en", "A school garden in Zarqa", "ar", ""));
        assertThat(omissionsEnAr(foot)).containsExactly("w-3 INFO", "w-4 INFO");
        List<TranslationUnit> section = List.of(foot.get(0), foot.get(1), foot.get(2),
                unit("w-5", "w", "en", "The pumps run on solar power.", "ar", "تعمل المضخات بالطاقة الشمسية."));
        assertThat(omissionsEnAr(section)).containsExactly("w-3 ERROR");
        // the label on the target side alone; another document's units between them change nothing
        List<TranslationUnit> interleaved = List.of(foot.get(0),
                unit("v-1", "v", "en", "The council approved the plan on Tuesday.", "ar", "وافق المجلس على الخطة يوم الثلاثاء."),
                unit("w-2", "w", "ar", "مقالات ذات صلة", "en", ""),
                unit("v-2", "v", "en", "Solar pumps for farmers", "ar", ""), foot.get(2));
        assertThat(omissionsEnAr(interleaved)).containsExactlyInAnyOrder("v-2 ERROR", "w-3 INFO");
        // a document of open lines only (verses): no sentence to end the tail, so nothing is furniture but by kind
        List<TranslationUnit> open = List.of(
                unit("o-1", "o", "en", "The elders of Arvel gathered at the old well before the harvest", "ar", ""),
                unit("o-2", "o", "en", "Related articles", "ar", "مقالات ذات صلة"),
                unit("o-3", "o", "en", "They spoke of the river Maren", "ar", ""));
        assertThat(omissionsEnAr(open)).containsExactly("o-1 ERROR", "o-3 ERROR");
    }

    /**
     * A document that leaves its sentences open (verse) has no link titles: an open line after a links label there
     * is a line of the text. And link titles are known by document and id, since an imported collection may repeat
     * ids: another document's unit of the same id is not one.
     */
    @Test
    void linkTitlesAreNeitherInOpenTextNorKnownByIdAlone() {
        List<TranslationUnit> verse = List.of(
                unit("o-1", "o", "en", "The elders of Arvel gathered at the old well before the harvest began", "ar",
                        "اجتمع شيوخ أرفل عند البئر القديمة قبل بدء الحصاد"),
                unit("o-2", "o", "en", "They spoke of the river Maren and of the years when its water ran low", "ar",
                        "تحدثوا عن نهر مارن وعن السنوات التي قلّ فيها ماؤه"),
                unit("o-3", "o", "en", "And the youngest of them asked who would carry the water to the hills", "ar",
                        "وسأل أصغرهم من سيحمل الماء إلى التلال"),
                unit("o-4", "o", "en", "They drew water for the whole village.", "ar", "سحبوا الماء للقرية كلها."),
                unit("o-5", "o", "en", "Related articles", "ar", "مقالات ذات صلة"),
                unit("o-6", "o", "en", "Solar pumps for farmers", "ar", ""));
        assertThat(omissionsEnAr(verse)).containsExactly("o-6 ERROR");
        List<TranslationUnit> repeated = new ArrayList<>(wellsToTheFirstTitle());
        repeated.add(unit("w-3", "v", "en", "The council approved the plan on Tuesday.", "ar", ""));
        repeated.add(unit("w-4", "v", "en", "The works begin in May.", "ar", "تبدأ الأعمال في أيار."));
        assertThat(omissionsEnAr(repeated)).containsExactlyInAnyOrder("w-3 INFO", "w-3 ERROR");
    }

    /** An omission the aligner was unsure of says so, for the reviser to look at the units around it. */
    @ParameterizedTest(name = "confidence {0}")
    @CsvSource(delimiter = '|', value = {
            "0.95|no fr counterpart",
            "0.77|no fr counterpart (the aligner is 77% sure: it may be folded into a neighbouring unit)"})
    void anUnsureOmissionSaysSo(double confidence, String message) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(Language.of("en"), "The General Assembly");
        TranslationUnit unit = new TranslationUnit("u-1", "c", "d", variants, "1", confidence);
        assertThat(new QualityChecks(EnumSet.of(QaCheck.OMISSION), Glossary.none()).run(
                inADocumentWith(unit, "en", "fr"),
                List.of(new QualityChecks.Pair(Language.of("en"), Language.of("fr")))))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(message));
    }

    /**
     * A collection whose statements are in different languages (one in English and French, one in English and
     * Persian, one in French and Italian, one French original with an English version) is checked in each
     * statement's own pairs: the English-French one has nothing left out in Persian, the French-Italian one is
     * checked from French, and neither the first nor the last is checked again in the other's direction.
     */
    @Test
    void aDocumentIsCheckedOnlyInItsOwnPairs() {
        List<TranslationUnit> units = List.of(
                unit("a-1", "a", "en", "Everyone has the right to life.", "fr", "Tout individu a droit à la vie."),
                unit("a-2", "a", "en", "No one shall be held in slavery.", "fr", ""),
                unit("b-1", "b", "en", "Everyone has the right to life.", "fa", "هر کس حق زندگی دارد."),
                unit("c-1", "c", "fr", "Tout individu a droit à la vie.", "it", "Ogni individuo ha diritto alla vita."),
                unit("d-1", "d", "fr", "Nul ne sera tenu en esclavage.", "en", "No one shall be held in slavery."),
                unit("d-2", "d", "fr", "Tout individu a droit à la vie.", "en", ""));
        assertThat(QualityChecks.pivotPairs(units)).containsExactly(
                new QualityChecks.Pair(Language.of("en"), Language.of("fr")),
                new QualityChecks.Pair(Language.of("en"), Language.of("fa")),
                new QualityChecks.Pair(Language.of("fr"), Language.of("it")),
                new QualityChecks.Pair(Language.of("fr"), Language.of("en")));
        List<Finding> findings = new QualityChecks(EnumSet.of(QaCheck.OMISSION), Glossary.none())
                .runInOwnPairs(units, pair -> true);
        assertThat(findings).extracting(f -> f.unit() + " " + f.source() + "-" + f.target())
                .containsExactlyInAnyOrder("a-2 en-fr", "d-2 fr-en");
        // asked for one pair, every document with both languages is checked in it
        assertThat(new QualityChecks(EnumSet.of(QaCheck.OMISSION), Glossary.none()).run(units,
                List.of(new QualityChecks.Pair(Language.of("en"), Language.of("fr")))))
                .extracting(Finding::unit).contains("a-2");
    }

    private static TranslationUnit unit(String id, String document, String source, String sourceText, String target,
                                        String targetText) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(Language.of(source), sourceText);
        if (!targetText.isEmpty()) {
            variants.put(Language.of(target), targetText);
        }
        return new TranslationUnit(id, "c", document, variants, targetText.isEmpty() ? "1" : "1-1", 0.99);
    }
}
