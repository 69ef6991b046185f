package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

import java.io.Reader;

/**
 * The unstemmed field of a language, for exact phrases and fuzzy matching: ICU word segmentation and Unicode
 * folding (case, accents, native digits, ignorables such as ZWNJ), plus, for Arabic-script languages, the Arabic and
 * Persian letter normalisations, so that spelling variants still meet but inflections stay apart.
 */
final class ExactAnalyzer extends Analyzer {

    private final boolean arabicScript;

    ExactAnalyzer(String language) {
        this.arabicScript = switch (language) {
            case "fa", "ar", "ur", "ps", "ckb" -> true;
            default -> false;
        };
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return arabicScript ? new MappingCharFilter(PersianSearchAnalyzer.DROP_ZWNJ, reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
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
