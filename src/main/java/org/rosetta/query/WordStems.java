package org.rosetta.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishMinimalStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.gl.GalicianMinimalStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The key a word alignment learns a word by: the word without its inflection, by the lightest stemmer Lucene ships
 * for the language (the minimal stemmers of English, French, German, Spanish, Portuguese, Galician, Norwegian and
 * Swedish, which take off plural and gender endings only: "rights" and "right" one key, "humanos" and "humano"
 * one, but "nations" and "national" two; the light stemmers of Italian, Russian, Finnish and Hungarian), so a
 * collection of a hundred units pools the evidence of a word's forms instead of spreading it over them. Other
 * languages' words, and function words ({@link LanguageAnalyzers#functionWords}), are their own keys; so are both
 * languages' words when one of them has no such stemmer ({@link #of}). One list in, one list out, position for
 * position. Caches each word once; not thread-safe (make one per thread).
 */
final class WordStems {

    /** Each language's stemmer, made once: Lucene's analyzers are thread-safe. */
    private static final Map<String, Optional<Analyzer>> STEMMERS = new ConcurrentHashMap<>();

    private final Optional<Analyzer> stemmer;
    private final CharArraySet functionWords;
    private final Map<String, String> stems = new HashMap<>();

    private WordStems(CharArraySet functionWords, Optional<Analyzer> stemmer) {
        this.functionWords = functionWords;
        this.stemmer = stemmer;
    }

    /**
     * The keys of {@code language}'s words when aligned with {@code other}'s: stems when both languages have a
     * stemmer, else every word its own key, so that a distinction one side keeps (Persian حق and حقوق) is not
     * blurred on the other ("right" and "rights").
     */
    static WordStems of(LanguageAnalyzers analyzers, Language language, Language other) {
        Optional<Analyzer> stemmer = stemmer(language);
        return new WordStems(analyzers.functionWords(language), stemmer(other).isPresent() ? stemmer
                : Optional.empty());
    }

    private static Optional<Analyzer> stemmer(Language language) {
        return STEMMERS.computeIfAbsent(language.primary(), primary -> {
            UnaryOperator<TokenStream> filter = switch (primary) {
                case "de" -> GermanMinimalStemFilter::new;
                case "en" -> EnglishMinimalStemFilter::new;
                case "es" -> SpanishMinimalStemFilter::new;
                case "fi" -> FinnishLightStemFilter::new;
                case "fr" -> FrenchMinimalStemFilter::new;
                case "gl" -> GalicianMinimalStemFilter::new;
                case "hu" -> HungarianLightStemFilter::new;
                case "it" -> ItalianLightStemFilter::new;
                case "nb", "nn", "no" -> NorwegianMinimalStemFilter::new;
                case "pt" -> PortugueseMinimalStemFilter::new;
                case "ru" -> RussianLightStemFilter::new;
                case "sv" -> SwedishMinimalStemFilter::new;
                default -> null;
            };
            return Optional.ofNullable(filter).map(f -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    KeywordTokenizer word = new KeywordTokenizer();
                    return new TokenStreamComponents(word, f.apply(word));
                }
            });
        });
    }

    /** Each token's key, in the tokens' order. */
    List<String> keys(List<UnitIndex.Token> tokens) {
        return tokens.stream().map(token -> stem(token.term())).toList();
    }

    /** One word's key. */
    String stem(String word) {
        return stems.computeIfAbsent(word, w -> {
            if (stemmer.isEmpty() || functionWords.contains(w)) {
                return w; // "his" is not a form of "hi"
            }
            List<UnitIndex.Token> stemmed = UnitIndex.tokens(stemmer.get(), "word", w);
            return stemmed.size() == 1 ? stemmed.getFirst().term() : w;
        });
    }
}
