package org.rosetta.corpus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.TestData;
import org.rosetta.align.Dictionary;
import org.rosetta.model.Language;
import org.rosetta.query.ConcordanceLine;
import org.rosetta.query.Concordancer;
import org.rosetta.query.FuzzyMatch;
import org.rosetta.query.FuzzyMatcher;
import org.rosetta.query.Hit;
import org.rosetta.query.Match;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.TranslationCandidate;
import org.rosetta.query.TranslationSpotter;
import org.rosetta.query.UnitIndex;
import org.rosetta.query.UnitSearcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The query commands on the shipped corpus, as table tests per language: query -> expected unit ids. */
class QueryIT {

    @TempDir
    static Path root;
    static UnitIndex index;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        TestData.copyCorpus(root);
        WorkspaceLayout layout = WorkspaceLayout.under(root);
        new Workspace(layout).build(BuildOptions.defaults(), line -> { });
        Path glossary = root.resolve("variants.csv");
        // Persian written three ways: Persian digits and ZWNJ; Arabic yeh and kaf; no ZWNJ.
        Files.writeString(glossary, """
                en,fa
                The massacre of 1988,کشتار ۱۹۸۸
                The death commissions,کمیسیون‌های مرگ
                """);
        new Exchange(layout).importFile(glossary, CollectionName.of("variants"));
        // as CAT tools write languages, with their regions
        Path memory = root.resolve("memory.csv");
        Files.writeString(memory, """
                en-US,fr-FR
                The reading room reopens on Monday.,La salle de lecture rouvre lundi.
                """);
        new Exchange(layout).importFile(memory, CollectionName.of("memory"));
        index = UnitIndex.open(layout.index());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | born free                  | udhr-14
            fr | naissent libres            | udhr-14
            fa | برادری                     | udhr-14
            de | Brüderlichkeit             | udhr-14
            es | fraternalmente             | udhr-14
            ru | братства                   | udhr-14
            ar | الإخاء                     | udhr-14
            zh | 兄弟关系                    | udhr-14
            fa | ماده اول                   | udhr-13
            ar | المادة ١                   | udhr-13
            fa | جمعيتهاي                   | udhr-65
            fa | جمعیت‌های                  | udhr-65
            fa | کشتار 1988                 | variants-1
            fa | كشتار ١٩٨٨                 | variants-1
            fa | كميسيونهاي مرگ             | variants-2
            en | "death commissions"        | variants-2
            """)
    void searchFindsTheUnitInItsLanguage(String language, String query, String expectedId) {
        List<Hit> hits = new UnitSearcher(index).search(new SearchRequest(query, Optional.of(Language.of(language)),
                0, 10));
        assertThat(hits).extracting(h -> h.unit().id()).first().isEqualTo(expectedId);
        assertThat(hits.getFirst().highlights()).isNotEmpty();
    }

    /**
     * A word Persian writes joined by a zero-width non-joiner is found typed with a space, as most keyboards make
     * people type it: "بین المللی" finds the units of "بین‌المللی", all of them, and the spellings find the same.
     */
    @Test
    void aJoinedPersianWordTypedWithASpaceIsFound() {
        UnitSearcher searcher = new UnitSearcher(index);
        Optional<Language> fa = Optional.of(Language.of("fa"));
        List<String> joined = searcher.search(new SearchRequest("بین‌المللی", fa, 0, 50)).stream()
                .map(hit -> hit.unit().id()).toList();
        List<String> spaced = searcher.search(new SearchRequest("بین المللی", fa, 0, 50)).stream()
                .map(hit -> hit.unit().id()).toList();
        assertThat(joined).hasSizeGreaterThanOrEqualTo(4);
        assertThat(spaced).containsExactlyInAnyOrderElementsOf(joined);
        assertThat(searcher.search(new SearchRequest("\"همکاری بین المللی\"", fa, 0, 50))).hasSize(1);
        // concordance shows the lines the spaced spelling finds, the keyword as the text writes it
        assertThat(new Concordancer(index).concordance("بین المللی", Language.of("fa"), 20, 50))
                .extracting(ConcordanceLine::keyword).hasSizeGreaterThanOrEqualTo(4).containsOnly("بین‌المللی");
        // a translation-memory lookup of a sentence typed with spaces for its non-joiners is still an exact match
        String sentence = searcher.search(new SearchRequest("بین‌المللی", fa, 0, 1)).getFirst().unit()
                .text(Language.of("fa"));
        assertThat(new org.rosetta.query.FuzzyMatcher(index).lookup(sentence.replace('\u200C', ' '),
                Language.of("fa"), 70, 1)).extracting(org.rosetta.query.FuzzyMatch::percent).containsExactly(100);
        // and the word's translations are the same either way
        org.rosetta.query.TranslationSpotter spotter = new org.rosetta.query.TranslationSpotter(index);
        assertThat(spotter.translationsOf("بین المللی", Language.of("fa"), Language.of("en"), 3))
                .isNotEmpty().isEqualTo(spotter.translationsOf("بین‌المللی", Language.of("fa"), Language.of("en"), 3));
    }

    /**
     * A word start finds the words that begin so, as written, accents or not: the French stems are "person" and
     * "egalit", so "personn*" and "égalit*" found nothing (found by an exploratory test: "massacr*", "prisonn*" and
     * "exécut*" in a statement).
     */
    @Test
    void aWordStartFindsTheWordsThatBeginSoAccentsOrNot() {
        UnitSearcher searcher = new UnitSearcher(index);
        Optional<Language> fr = Optional.of(Language.of("fr"));
        java.util.function.Function<String, List<String>> ids = query -> searcher.search(new SearchRequest(query, fr,
                0, 200)).stream().map(hit -> hit.unit().id()).toList();
        assertThat(ids.apply("personn*")).isNotEmpty().containsAll(ids.apply("personne"));
        assertThat(ids.apply("égalit*")).isNotEmpty().containsExactlyInAnyOrderElementsOf(ids.apply("egalit*"))
                .containsAll(ids.apply("égalité"));
        assertThat(searcher.search(new SearchRequest("personn*", fr, 0, 1)).getFirst().highlights()).isNotEmpty();
        // a phrase marked in the stemmed field and a word start in the exact one over the same words: one mark, so
        // a highlight never runs backwards (review found it would have thrown)
        searcher.search(new SearchRequest("\"droits égaux\" égau*", fr, 0, 20)).forEach(hit -> {
            List<org.rosetta.model.Span> spans = hit.highlights();
            for (int k = 1; k < spans.size(); k++) {
                assertThat(spans.get(k).start()).isGreaterThanOrEqualTo(spans.get(k - 1).end());
            }
        });
        assertThat(searcher.search(new SearchRequest("\"droits égaux\" égau*", fr, 0, 20))).isNotEmpty();
    }

    /**
     * A language names its regions too, as a language range does (RFC 4647): {@code en} finds the English of a
     * memory a CAT tool wrote as {@code en-US}, beside the corpus's {@code en}, in search, concordance and fuzzy
     * lookup; {@code en-us} finds only it.
     */
    @Test
    void aLanguageFindsItsRegionsToo() {
        Language en = Language.of("en");
        assertThat(index.languagesWithin(en)).containsExactly(en, Language.of("en-us"));
        assertThat(new UnitSearcher(index).search(new SearchRequest("reading room", Optional.of(en), 0, 10)))
                .extracting(hit -> hit.unit().collection(), Hit::matchedIn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("memory", Language.of("en-us")));
        assertThat(new Concordancer(index).concordance("reading room", en, 20, 10))
                .extracting(ConcordanceLine::language, ConcordanceLine::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Language.of("en-us"), "reading room"));
        assertThat(new FuzzyMatcher(index).lookup("The reading room reopens on Tuesday.", en, 70, 5))
                .extracting(match -> match.unit().collection()).containsExactly("memory");
        assertThat(new UnitSearcher(index).search(new SearchRequest("rights", Optional.of(Language.of("en-us")), 0,
                10))).isEmpty();
    }

    /** Lucene's own matches: a phrase is one span, and its words alone elsewhere in the text are not marked. */
    @Test
    void aPhraseIsHighlightedWhereItOccursAndNowhereElse() {
        Language en = Language.of("en");
        List<Hit> hits = new UnitSearcher(index).page(new SearchRequest("\"human rights\"", Optional.of(en),
                Match.STEMMED, 0, 50, new SearchRequest.Scope(Optional.of("udhr"), Optional.empty()))).hits();
        assertThat(hits).hasSizeGreaterThan(3).allSatisfy(hit -> {
            String text = hit.unit().text(en);
            assertThat(hit.highlights()).isNotEmpty().allSatisfy(span ->
                    assertThat(span.of(text).toLowerCase(java.util.Locale.ROOT)).isEqualTo("human rights"));
        });
        // "the dignity and worth of the human person and in the equal rights of men and women": neither word alone
        assertThat(hits).anySatisfy(hit -> assertThat(java.util.regex.Pattern.compile("(?i)\\bhuman\\b")
                .matcher(hit.unit().text(en)).results().count()).isGreaterThan(hit.highlights().size()));
        List<Hit> excluded = new UnitSearcher(index).search(new SearchRequest("family -human", Optional.of(en), 0,
                10));
        assertThat(excluded).allSatisfy(hit -> assertThat(hit.highlights()).allSatisfy(span ->
                assertThat(span.of(hit.unit().text(en)).toLowerCase(java.util.Locale.ROOT)).startsWith("famil")));
    }

    @Test
    void concordanceAndFuzzyKeepToTheCollectionAsked() {
        Language en = Language.of("en");
        SearchRequest.Scope statements = new SearchRequest.Scope(Optional.of("statements"), Optional.empty());
        assertThat(new Concordancer(index).concordance("rights", en, 30, 500)).extracting(l -> l.unit().collection())
                .contains("udhr", "statements");
        assertThat(new Concordancer(index).concordance("rights", en, 30, 500, statements))
                .isNotEmpty().extracting(l -> l.unit().collection()).containsOnly("statements");
        String sentence = "Everyone has the right to freedom of thought, conscience and religion.";
        assertThat(new FuzzyMatcher(index).lookup(sentence, en, 60, 5)).isNotEmpty();
        assertThat(new FuzzyMatcher(index).lookup(sentence, en, 60, 5, statements))
                .allSatisfy(m -> assertThat(m.unit().collection()).isEqualTo("statements"));
    }

    @Test
    void exactMatchDoesNotStem() {
        UnitSearcher searcher = new UnitSearcher(index);
        Language en = Language.of("en");
        int stemmed = searcher.search(new SearchRequest("right", Optional.of(en), Match.STEMMED, 0, 500)).size();
        int exact = searcher.search(new SearchRequest("right", Optional.of(en), Match.EXACT, 0, 500)).size();
        assertThat(stemmed).isGreaterThan(exact).isGreaterThan(0);
    }

    @Test
    void concordanceShowsEachOccurrenceInContextWithItsTranslation() {
        List<ConcordanceLine> lines = new Concordancer(index).concordance("droits de l'homme", Language.of("fr"), 30,
                50);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5).allSatisfy(line -> {
            assertThat(line.keyword()).isIn("droits de l’homme", "Droits de l’homme", "droits de l'homme");
            assertThat(line.left().length()).isLessThanOrEqualTo(31);
            assertThat(line.unit().text(Language.of("fr"))).contains(line.keyword());
        });
        assertThat(lines.getFirst().unit().id()).isEqualTo("udhr-1");
        assertThat(lines.getFirst().unit().text(Language.of("en"))).isEqualTo("Universal Declaration of Human Rights");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | human rights           | fr | droits de l’homme
            en | human rights           | de | Menschenrechte
            fr | droits de l'homme      | en | human rights
            en | human rights           | fa | حقوق بشر
            en | torture                | fr | torture
            en | rights                 | fr | droits
            en | marriage               | fr | mariage
            en | property               | fr | propriété
            en | education              | fr | éducation
            fr | l'éducation            | en | education
            en | age                    | fr | âge
            en | human                  | de | Menschen
            en | member                 | de | Mitglied
            """)
    void translationsOfPutTheRenderingFirst(String from, String term, String to, String rendering) {
        List<TranslationCandidate> candidates = new TranslationSpotter(index).translationsOf(term, Language.of(from),
                Language.of(to), 3);
        assertThat(candidates).isNotEmpty();
        assertThat(candidates.getFirst().phrase().toLowerCase()).isEqualTo(rendering.toLowerCase());
        assertThat(candidates).isSortedAccordingTo((a, b) -> Integer.compare(b.together(), a.together()))
                .allSatisfy(c -> assertThat(c.together()).isLessThanOrEqualTo(c.total()));
    }

    /**
     * "property" and "arbitrary", which the Declaration's German shows in two or three sentences each, beside words
     * the word alignment cannot tell them from ("beraubt", "gehalten"), rendered as a dictionary says once it is
     * learnt from too: a CSV either way round, an accented word ("willkürlich") found though the index folds it; an
     * entry whose German word the units lack ("Besitz") changes nothing.
     */
    @Test
    void translationsOfLearnsFromADictionary() throws IOException {
        Path englishFirst = root.resolve("en-de.csv");
        Files.writeString(englishFirst, "property,Eigentum\n");
        Path germanFirst = root.resolve("de-en.csv");
        Files.writeString(germanFirst, "willkürlich,arbitrary\n");
        Path absent = root.resolve("absent.csv");
        Files.writeString(absent, "property,Besitz\n");
        TranslationSpotter plain = new TranslationSpotter(index);
        assertThat(first(plain, "property")).doesNotStartWith("eigentum");
        assertThat(first(plain, "arbitrary")).doesNotStartWith("willkürlich");
        assertThat(first(plain.withDictionary(Dictionary.read(englishFirst)), "property")).startsWith("eigentum");
        assertThat(first(plain.withDictionary(Dictionary.read(germanFirst)), "arbitrary")).startsWith("willkürlich");
        assertThat(plain.withDictionary(Dictionary.read(absent)).translationsOf("property", Language.of("en"),
                Language.of("de"), 3)).isEqualTo(plain.translationsOf("property", Language.of("en"),
                Language.of("de"), 3));
    }

    private static String first(TranslationSpotter spotter, String english) {
        return spotter.translationsOf(english, Language.of("en"), Language.of("de"), 1).getFirst().phrase()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The glossary imported twice, as "variants" and "copy": the same texts in two collections. */
    private static UnitIndex twice(Path folder) throws IOException {
        WorkspaceLayout layout = WorkspaceLayout.under(folder);
        Files.createDirectories(folder.resolve("corpus"));
        for (String name : List.of("variants", "copy")) {
            new Exchange(layout).importFile(root.resolve("variants.csv"), CollectionName.of(name));
        }
        return UnitIndex.open(layout.index());
    }

    @Test
    void aScopeLimitsTheSearchAndTheTotalCountsEveryMatch(@TempDir Path folder) throws IOException {
        try (UnitIndex twice = twice(folder)) {
            scopes(new UnitSearcher(twice));
        }
    }

    private static void scopes(UnitSearcher searcher) {
        UnitSearcher.Page all = searcher.page(new SearchRequest("massacre", Optional.of(Language.of("en")), 0, 1));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.hits()).hasSize(1);
        UnitSearcher.Page one = searcher.page(new SearchRequest("massacre", Optional.of(Language.of("en")),
                Match.STEMMED, 0, 10, new SearchRequest.Scope(Optional.of("copy"), Optional.empty())));
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.hits()).singleElement().satisfies(h -> assertThat(h.unit().collection()).isEqualTo("copy"));
        assertThat(searcher.page(new SearchRequest("massacre", Optional.of(Language.of("en")), Match.STEMMED, 0, 10,
                new SearchRequest.Scope(Optional.of("copy"), Optional.of("nope")))).total()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> searcher.page(new SearchRequest("massacre",
                Optional.empty(), Match.STEMMED, 0, 10, new SearchRequest.Scope(Optional.of("nope"),
                Optional.empty())))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no collection nope in the index (it has: copy, variants)");
    }

    @Test
    void fuzzyShowsIdenticalTextsOnceWithTheirCount(@TempDir Path folder) throws IOException {
        try (UnitIndex twice = twice(folder)) {
            List<FuzzyMatch> matches = new FuzzyMatcher(twice).lookup("The massacre of 1988", Language.of("en"), 90,
                    5);
            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.percent()).isEqualTo(100);
                assertThat(m.copies()).isEqualTo(2);
            });
        }
    }

    @Test
    void fuzzyMatchesCountWordEditsAsCatToolsDo() {
        FuzzyMatcher matcher = new FuzzyMatcher(index);
        Language en = Language.of("en");
        String sentence = "Everyone has the right to freedom of peaceful assembly and association.";
        assertThat(matcher.lookup(sentence, en, 70, 3)).first().satisfies(match -> {
            assertThat(match.unit().id()).isEqualTo("udhr-65");
            assertThat(match.percent()).isEqualTo(100);
        });
        List<FuzzyMatch> edited = matcher.lookup("everyone has the right to freedom of assembly and association",
                en, 70, 3);
        assertThat(edited).first().satisfies(match -> {
            assertThat(match.unit().id()).isEqualTo("udhr-65");
            assertThat(match.percent()).isEqualTo(90); // one word of 11 missing (punctuation is not a word)
        });
        assertThat(matcher.lookup("freedom of peaceful assembly", en, 95, 5)).isEmpty();
    }

    @Test
    void fuzzyUnifiesPersianSpellings() {
        List<FuzzyMatch> matches = new FuzzyMatcher(index).lookup("كميسيونهاي مرگ", Language.of("fa"), 100, 1);
        assertThat(matches).extracting(m -> m.unit().id()).containsExactly("variants-2");
    }
}
