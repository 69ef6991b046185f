package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;
import org.rosetta.model.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzer of each field, by the language in its name. Text fields ({@link UnitFields#text(Language)}): Lucene's
 * own analyzer for English, French, Arabic, German, Spanish and Russian, {@link PersianSearchAnalyzer} for Persian,
 * ICU word segmentation with Unicode folding for every other language (Chinese included). Exact fields
 * ({@link UnitFields#exact(Language)}): {@link ExactAnalyzer}, unstemmed. Both read a number's digit groups as one
 * ({@link DigitGroups}: "30 000" is "30,000"). The same instance serves indexing and querying. Thread-safe.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> exactByLanguage = new ConcurrentHashMap<>();
    private final Map<String, CharArraySet> functionWords = new ConcurrentHashMap<>();

    /** The Snowball stop lists Lucene ships, by language. */
    private static final Map<String, String> SNOWBALL_STOP_WORDS = Map.ofEntries(Map.entry("da", "danish"),
            Map.entry("de", "german"), Map.entry("en", "english"), Map.entry("es", "spanish"),
            Map.entry("fi", "finnish"), Map.entry("fr", "french"), Map.entry("hu", "hungarian"),
            Map.entry("it", "italian"), Map.entry("nl", "dutch"), Map.entry("no", "norwegian"),
            Map.entry("pt", "portuguese"), Map.entry("ru", "russian"), Map.entry("sv", "swedish"));

    public LanguageAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    public Analyzer forLanguage(Language language) {
        return byLanguage.computeIfAbsent(language.primary(), primary -> new DigitGroups(create(primary)));
    }

    /** The unstemmed, folded analyzer of a language's exact field. */
    public Analyzer exactForLanguage(Language language) {
        return exactByLanguage.computeIfAbsent(language.primary(),
                primary -> new DigitGroups(new ExactAnalyzer(primary)));
    }

    /** Whether the language writes spaces between its words (not Chinese, Japanese, Thai, Lao, Khmer, ...). */
    public static boolean writesWordsApart(Language language) {
        return ExactAnalyzer.writesWordsApart(language.primary());
    }

    /**
     * Words too common to be terms (terminology, translation spotting): the search analyzer's stop words and, where
     * Lucene ships one, the language's Snowball stop list; for English that adds "has", "all", "his" and 140 more
     * to the 33 words search leaves out. Lower case, as the exact field's terms are.
     */
    public CharArraySet functionWords(Language language) {
        return functionWords.computeIfAbsent(language.primary(), primary -> {
            CharArraySet words = new CharArraySet(64, true);
            if (create(primary) instanceof StopwordAnalyzerBase base) {
                words.addAll(base.getStopwordSet());
            }
            String snowball = SNOWBALL_STOP_WORDS.get(primary);
            if (snowball != null) {
                try (InputStream in = SnowballFilter.class.getResourceAsStream(snowball + "_stop.txt")) {
                    words.addAll(WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(in,
                            StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(snowball + "_stop.txt: cannot read (" + e.getMessage() + ")", e);
                }
            }
            return CharArraySet.unmodifiableSet(words);
        });
    }

    /**
     * One word as the language's search analyzer indexes it (stemmed: "proclaims" and "proclaimed" are both
     * "proclaim" in English); the word itself where the analyzer keeps nothing of it (a stop word) or splits it.
     */
    public String stem(Language language, String word) {
        try (TokenStream stream = forLanguage(language).tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = null;
            int count = 0;
            while (stream.incrementToken()) {
                stem = term.toString();
                count++;
            }
            stream.end();
            return count == 1 ? stem : word;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string's reader does not fail
        }
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Language language = UnitFields.languageOf(fieldName).orElse(Language.of("und"));
        return UnitFields.isExact(fieldName) ? exactForLanguage(language) : forLanguage(language);
    }

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "fa" -> new PersianSearchAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "ru" -> new RussianAnalyzer();
            default -> new IcuFoldingAnalyzer();
        };
    }

    /** ICU word segmentation (dictionary-based for Chinese, Japanese, Thai, ...) and Unicode case/accent folding. */
    static final class IcuFoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream stream = new ICUFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
