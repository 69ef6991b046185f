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
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.rosetta.model.Language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzer of each field, by the language in its name. Text fields ({@link UnitFields#text(Language)}): Lucene's
 * own analyzer for English, French, Arabic, German, Spanish and Russian, {@link PersianSearchAnalyzer} for Persian,
 * ICU word segmentation with Unicode folding for every other language (Chinese included). Exact fields
 * ({@link UnitFields#exact(Language)}): {@link ExactAnalyzer}, unstemmed. The same instance serves indexing and
 * querying. Thread-safe.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> exactByLanguage = new ConcurrentHashMap<>();

    public LanguageAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    public Analyzer forLanguage(Language language) {
        return byLanguage.computeIfAbsent(language.primary(), LanguageAnalyzers::create);
    }

    /** The unstemmed, folded analyzer of a language's exact field. */
    public Analyzer exactForLanguage(Language language) {
        return exactByLanguage.computeIfAbsent(language.primary(), ExactAnalyzer::new);
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
