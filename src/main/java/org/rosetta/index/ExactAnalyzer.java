package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * The unstemmed field of a language, for exact phrases and fuzzy matching: word segmentation (ICU's dictionaries for
 * Chinese, Japanese, Thai and their kin, Unicode's UAX #29 rules for the rest) and Unicode
 * folding (case, accents, native digits, ignorables such as ZWNJ), plus, for Arabic-script languages, the Arabic and
 * Persian letter normalisations, so that spelling variants still meet but inflections stay apart.
 */
final class ExactAnalyzer extends Analyzer {

    private final boolean arabicScript;
    private final boolean dictionarySegmented;

    ExactAnalyzer(String language) {
        this.arabicScript = switch (language) {
            case "fa", "ar", "ur", "ps", "ckb" -> true;
            default -> false;
        };
        // Scripts written without spaces need ICU's dictionaries; the rest split fine (and faster) on UAX #29 rules.
        this.dictionarySegmented = !writesWordsApart(language);
    }

    /** Whether the language (a primary subtag) writes spaces between its words: not Chinese, Japanese, Thai, ... */
    static boolean writesWordsApart(String language) {
        return switch (language) {
            case "zh", "ja", "th", "lo", "km", "my", "bo" -> false;
            default -> true;
        };
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return arabicScript ? new MappingCharFilter(PersianSearchAnalyzer.DROP_ZWNJ, reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = dictionarySegmented ? new ICUTokenizer() : new StandardTokenizer();
        TokenStream result = new ICUFoldingFilter(source);
        if (arabicScript) {
            result = new PersianNormalizationFilter(new ArabicNormalizationFilter(result));
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream result = new ICUFoldingFilter(in);
        return arabicScript ? new PersianNormalizationFilter(new ArabicNormalizationFilter(result)) : result;
    }
}
