package org.rosetta.qa;

import org.junit.jupiter.api.Test;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards at today's figures (bench/run qa gives them in full): the checks find the errors the generator injects
 * into the UDHR, and stay nearly quiet on the careful translation itself.
 */
class QaRecallIT {

    @Test
    void injectedErrorsAreFound() throws Exception {
        Map<QaCheck, int[]> byCheck = new EnumMap<>(QaCheck.class);
        QaRecall.recall(List.of("fr", "fa", "ar"), 5).forEach((kind, c) -> {
            int[] total = byCheck.computeIfAbsent(kind.check, k -> new int[2]);
            total[0] += c[0];
            total[1] += c[1];
        });
        for (QaCheck check : List.of(QaCheck.NUMBERS, QaCheck.NAMES, QaCheck.OMISSION, QaCheck.UNTRANSLATED,
                QaCheck.PUNCTUATION)) {
            int[] c = byCheck.get(check);
            assertThat(c[1]).as("%s injected", check).isPositive();
            assertThat((double) c[0] / c[1]).as("%s recall (%d of %d)", check, c[0], c[1])
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * One of the sentences an Arabic unit renders an English one by, dropped: its length alone is within what that
     * version varies by, the source's words left without a partner tell (drop_sentence before the coverage was
     * weighed: bench/run qa 26 of 32, now 30).
     */
    @Test
    void aSentenceDroppedFromATargetOfSeveralIsFound() {
        String opening = "Everyone has the right to freedom of thought";
        Language target = Language.of("ar");
        List<TranslationUnit> units = new ArrayList<>(QaRecall.udhrUnits(List.of("ar")));
        QualityChecks omissions = new QualityChecks(EnumSet.of(QaCheck.OMISSION), Glossary.none());
        List<QualityChecks.Pair> pair = List.of(new QualityChecks.Pair(Language.of("en"), target));
        int at = IntStream.range(0, units.size()).filter(u -> units.get(u).text(Language.of("en")) != null
                && units.get(u).text(Language.of("en")).startsWith(opening)).findFirst().orElseThrow();
        TranslationUnit unit = units.get(at);
        assertThat(omissions.run(units, pair)).extracting(Finding::unit).doesNotContain(unit.id());
        String[] sentences = unit.text(target).split("(?<=[.؟])\\s+");
        assertThat(sentences).as(opening).hasSizeGreaterThan(1);
        SequencedMap<Language, String> variants = new LinkedHashMap<>(unit.variants());
        variants.put(target, String.join(" ", Arrays.copyOfRange(sentences, 1, sentences.length)));
        List<TranslationUnit> corrupted = new ArrayList<>(units);
        corrupted.set(at, new TranslationUnit(unit.id(), unit.collection(), unit.document(), variants,
                unit.beadType(), unit.confidence()));
        assertThat(omissions.run(corrupted, pair)).as("%s without its first Arabic sentence", opening)
                .filteredOn(f -> f.unit().equals(unit.id())).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("few of the source's words have a counterpart"));
    }

    @Test
    void theUdhrGivesAtMostTwoFindingsPer100UnitsPerCheck() {
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr", "fa", "ar", "zh"));
        // the default checks: consistency, asked for by name, reports the translators' variation (bench/run qa)
        QualityChecks checks = new QualityChecks(QaCheck.defaults(), Glossary.none());
        for (String[] pair : List.of(new String[] {"en", "fr"}, new String[] {"en", "fa"}, new String[] {"fr", "fa"},
                new String[] {"en", "ar"}, new String[] {"en", "zh"})) {
            Language source = Language.of(pair[0]);
            Language target = Language.of(pair[1]);
            List<Finding> findings = checks.run(units, List.of(new QualityChecks.Pair(source, target)));
            for (QaCheck check : QaCheck.defaults()) {
                long n = findings.stream().filter(f -> f.check() == check).count();
                // the two omissions of en-fa and en-zh are real: those versions lack "Now, therefore," and a heading
                assertThat(100.0 * n / units.size()).as("%s %s-%s: %s", check, pair[0], pair[1],
                        findings.stream().filter(f -> f.check() == check).map(Finding::message).toList())
                        .isLessThanOrEqualTo(2.2);
            }
        }
    }

    /**
     * Consistency, asked for by name, reports the translators' own variation (liberty / freedom for liberté);
     * guarded at today's level (2-9 per 100 units, bench/run qa) so that it does not grow.
     */
    @Test
    void consistencyStaysAtItsMeasuredLevelOnTheUdhr() {
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr", "fa"));
        QualityChecks checks = new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none());
        for (String target : List.of("fr", "fa")) {
            List<Finding> findings = checks.run(units, List.of(new QualityChecks.Pair(Language.of("en"),
                    Language.of(target))));
            assertThat(100.0 * findings.size() / units.size()).as("consistency en-%s: %s", target,
                    findings.stream().map(Finding::message).toList()).isLessThanOrEqualTo(10.0);
        }
    }
}
