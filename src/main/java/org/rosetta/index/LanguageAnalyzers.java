package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.rosetta.model.Language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzer of each field, by the language in its name ({@link UnitFields#text(Language)}): Lucene's own analyzer
 * for English, French, Persian, Arabic, German, Spanish and Russian; ICU word segmentation with Unicode folding for
 * every other language (Chinese included). The same instance serves indexing and querying. Thread-safe.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();

    public LanguageAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    public Analyzer forLanguage(Language language) {
        return byLanguage.computeIfAbsent(language.primary(), LanguageAnalyzers::create);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return UnitFields.languageOf(fieldName).map(this::forLanguage).orElseGet(() -> forLanguage(Language.of("und")));
    }

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "fa" -> new PersianAnalyzer();
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
