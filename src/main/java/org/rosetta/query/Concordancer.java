package org.rosetta.query;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bilingual concordancer: every occurrence of a word or phrase in one language's text, as key-word-in-context
 * lines, each with its unit so the aligned sentences can be shown beside it. Matches the exact (unstemmed, folded)
 * words; a query of several words is a phrase unless it uses Lucene syntax. Lines are in index order of their units,
 * occurrences within a unit in text order. Thread-safe.
 */
public final class Concordancer {

    private final UnitIndex index;

    public Concordancer(UnitIndex index) {
        this.index = index;
    }

    public List<ConcordanceLine> concordance(String phrase, Language language, int context, int limit) {
        return concordance(phrase, language, context, limit, SearchRequest.Scope.ALL);
    }

    /** {@link #concordance(String, Language, int, int)} within one collection or document. */
    public List<ConcordanceLine> concordance(String phrase, Language language, int context, int limit,
                                             SearchRequest.Scope scope) {
        index.requireLanguage(language);
        List<Language> languages = index.languagesWithin(language); // en: en, and an imported collection's en-us
        List<String> fields = languages.stream().map(UnitFields::exact).toList();
        // a plain phrase as typed, and as the index may hold its words joined ("بین المللی" for "بین‌المللی")
        List<String> texts = isPlain(phrase) ? UnitSearcher.spellings(phrase, fields, index) : List.of();
        Query query = texts.isEmpty() ? UnitSearcher.parse(phrase, fields, index)
                : UnitSearcher.parseAny(texts.stream().map(Concordancer::asPhrase).toList(), fields, index);
        List<List<String>> spellings = texts.stream().map(spelling -> UnitIndex.tokens(index.analyzers()
                .exactForLanguage(language), UnitFields.exact(language), spelling).stream()
                .map(UnitIndex.Token::term).toList()).toList();
        List<ConcordanceLine> lines = new ArrayList<>();
        Marks marks = new Marks(index, query);
        try {
            for (ScoreDoc doc : index.searcher().search(UnitSearcher.scoped(query, scope), Math.max(limit, 1),
                    org.apache.lucene.search.Sort.INDEXORDER).scoreDocs) {
                TranslationUnit unit = index.unit(doc.doc);
                Language written = index.writtenIn(unit, language);
                String field = UnitFields.exact(written);
                String text = unit.text(written);
                List<UnitIndex.Token> tokens = UnitIndex.tokens(index.analyzers().exactForLanguage(written), field,
                        text);
                List<Span> keywords = spellings.isEmpty() ? occurrences(marks.of(doc.doc, field, text), text)
                        : spellings.stream().map(words -> sequences(tokens, words)).filter(found -> !found.isEmpty())
                        .findFirst().orElse(List.of());
                for (Span keyword : keywords) {
                    if (lines.size() == limit) {
                        return lines;
                    }
                    lines.add(new ConcordanceLine(unit, written,
                            left(text, keyword.start(), context), keyword.of(text),
                            right(text, keyword.end(), context)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("concordance failed: " + e.getMessage(), e);
        }
        return lines;
    }

    /** Several plain words are a phrase; anything with quotes or operators is left as the user wrote it. */
    static String asPhrase(String text) {
        String stripped = text.strip();
        return isPlain(stripped) && stripped.contains(" ") ? "\"" + stripped + "\"" : stripped;
    }

    private static boolean isPlain(String text) {
        return !text.matches(".*[\"*?~:()\\[\\]{}^+\\-!].*") && !text.contains(" AND ") && !text.contains(" OR ");
    }

    /** Where the words of a plain phrase occur in order, one after the other. */
    private static List<Span> sequences(List<UnitIndex.Token> tokens, List<String> words) {
        List<Span> found = new ArrayList<>();
        for (int start = 0; start + words.size() <= tokens.size(); start++) {
            boolean match = true;
            for (int k = 0; k < words.size() && match; k++) {
                match = tokens.get(start + k).term().equals(words.get(k));
            }
            if (match) {
                found.add(new Span(tokens.get(start).span().start(), tokens.get(start + words.size() - 1).span().end()));
                start += words.size() - 1;
            }
        }
        return found;
    }

    /** Matched words separated only by spaces or punctuation are one occurrence. */
    private static List<Span> occurrences(List<Span> words, String text) {
        List<Span> occurrences = new ArrayList<>();
        for (Span word : words) {
            if (!occurrences.isEmpty()) {
                Span last = occurrences.getLast();
                String gap = text.substring(last.end(), word.start());
                if (gap.length() <= 3 && gap.chars().noneMatch(Character::isLetterOrDigit)) {
                    occurrences.set(occurrences.size() - 1, new Span(last.start(), word.end()));
                    continue;
                }
            }
            occurrences.add(word);
        }
        return occurrences;
    }

    private static String left(String text, int end, int width) {
        int start = Math.max(0, end - width);
        return (start > 0 ? "…" : "") + text.substring(start, end);
    }

    private static String right(String text, int start, int width) {
        int end = Math.min(text.length(), start + width);
        return text.substring(start, end) + (end < text.length() ? "…" : "");
    }
}
