package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * Lucene's {@link PersianAnalyzer} chain with one change: the zero-width non-joiner is removed rather than turned
 * into a space, so {@code می‌شود} (with ZWNJ) and {@code میشود} (typed without it) are the same word. As in Lucene:
 * Persian and Arabic-Indic digits fold to ASCII, Arabic yeh/kaf and Persian yeh/keheh are one letter, stop words go,
 * light stemming ({@code کتاب‌ها} -> {@code کتاب}).
 */
final class PersianSearchAnalyzer extends Analyzer {

    static final NormalizeCharMap DROP_ZWNJ = dropZwnj();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(DROP_ZWNJ, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new ArabicNormalizationFilter(result);
        result = new PersianNormalizationFilter(result);
        result = new StopFilter(result, PersianAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, new PersianStemFilter(result));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(DROP_ZWNJ, reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream result = new LowerCaseFilter(in);
        result = new DecimalDigitFilter(result);
        result = new ArabicNormalizationFilter(result);
        return new PersianNormalizationFilter(result);
    }

    private static NormalizeCharMap dropZwnj() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u200C", "");
        return map.build();
    }
}
