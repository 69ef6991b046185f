package org.rosetta.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Query words a Persian (or other Arabic-script) text writes as one: "قتل‌عام" is one word, joined by a zero-width
 * non-joiner, which the index keeps as one term, and a searcher types "قتل عام" with a space, as keyboards without
 * the non-joiner make most people do. Two neighbouring words of the query text in Arabic script are read as one where
 * the field's analyzer makes one term of them joined and the index holds that term; the words are joined from the
 * left, a third joining the first two where the index holds the three as one. Stateless.
 */
final class JoinedWords {

    private static final char ZWNJ = '\u200C';

    private JoinedWords() {
    }

    /**
     * {@code text} with the spaces between words the index holds as one word in one of {@code fields} made
     * non-joiners; punctuation around a word (a quotation mark, a bracket) is kept and does not count.
     */
    static String join(String text, List<String> fields, Analyzer analyzer, IndexReader reader) {
        String[] chunks = text.split(" ", -1);
        if (chunks.length < 2) {
            return text;
        }
        StringBuilder joined = new StringBuilder(chunks[0]);
        String word = core(chunks[0]);
        for (int k = 1; k < chunks.length; k++) {
            String next = core(chunks[k]);
            String candidate = word + ZWNJ + next;
            // no punctuation between them: a quotation mark or a bracket ends a word
            boolean touching = !word.isEmpty() && !next.isEmpty()
                    && Character.isLetter(chunks[k - 1].codePointBefore(chunks[k - 1].length()))
                    && Character.isLetter(chunks[k].codePointAt(0));
            boolean oneWord = touching && arabicScript(word) && arabicScript(next)
                    && fields.stream().anyMatch(field -> indexed(candidate, field, analyzer, reader));
            joined.append(oneWord ? ZWNJ : ' ').append(chunks[k]);
            word = oneWord ? candidate : next;
        }
        return joined.toString();
    }

    /** The chunk without the characters before its first letter and after its last. */
    private static String core(String chunk) {
        int start = 0;
        int end = chunk.length();
        while (start < end && !Character.isLetter(chunk.codePointAt(start))) {
            start += Character.charCount(chunk.codePointAt(start));
        }
        while (end > start && !Character.isLetter(chunk.codePointBefore(end))) {
            end -= Character.charCount(chunk.codePointBefore(end));
        }
        return chunk.substring(start, end);
    }

    private static boolean arabicScript(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.ARABIC || c == ZWNJ);
    }

    private static boolean indexed(String word, String field, Analyzer analyzer, IndexReader reader) {
        List<UnitIndex.Token> tokens = UnitIndex.tokens(analyzer, field, word);
        try {
            return tokens.size() == 1 && reader.docFreq(new Term(field, tokens.getFirst().term())) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
