package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.rosetta.align.Dictionary;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translation spotting from word alignments: the units of the two languages (each distinct text pair once), their
 * compounds read as their parts ({@link CompoundSplitter}) and their words keyed by {@link WordStems}, train a
 * {@link WordAlignment}; in every unit holding the term (as written, so "rights" is not "right"), each target word is
 * linked to the source word it is most associated with (cognates count as associated), and the target words linked
 * to the term's words, from the first to the last, are its rendering there (a phrase, stop words trimmed from its
 * edges, at most {@value #MAX_WORDS} words). Renderings are ranked by how many units show them, then by how strongly
 * the alignment links them to the term there ({@link WordAlignment#strength}, summed over those units: among
 * renderings seen once each, "propriété" for "property" before a word that merely shares the sentence), then by
 * their Dice coefficient with the term. With a bilingual dictionary ({@link #withDictionary}), its entries among the
 * units' words are trained on too. Thread-safe.
 */
public final class TranslationSpotter {

    static final int MAX_WORDS = 4;
    private static final int MAX_UNITS = 10_000;

    private final UnitIndex index;
    private final Optional<Dictionary> dictionary;

    public TranslationSpotter(UnitIndex index) {
        this(index, Optional.empty());
    }

    private TranslationSpotter(UnitIndex index, Optional<Dictionary> dictionary) {
        this.index = index;
        this.dictionary = dictionary;
    }

    /**
     * This spotter, learning from a bilingual word list as well ({@code --dictionary}, a FreeDict package's dictd
     * file or a CSV with either language first; {@link DictionaryPairs}): a word the collection shows once or twice
     * gives the word alignment little to tell its rendering from the words around it ("arbitrary" and
     * "willkürlich" in one German sentence of twelve words).
     */
    public TranslationSpotter withDictionary(Dictionary dictionary) {
        return new TranslationSpotter(index, Optional.of(dictionary));
    }

    public List<TranslationCandidate> translationsOf(String term, Language from, Language to, int limit) {
        index.requireLanguage(from);
        index.requireLanguage(to);
        Pairs pairs = pairUnits(from, to);
        List<Tokens> units = pairs.units();
        List<List<String>[]> training = new ArrayList<>();
        units.forEach(u -> training.add(u.pair()));
        dictionary.ifPresent(d -> training.addAll(DictionaryPairs.among(units, d)));
        WordAlignment alignment = WordAlignment.train(training);
        // a word the index holds joined ("قتل‌عام") is one, typed with a space or not
        String typed = JoinedWords.join(term, index.languagesWithin(from).stream().map(UnitFields::exact).toList(),
                index.analyzers(), index.searcher().getIndexReader());
        List<String> termWords = pairs.sourceCompounds().split(words(typed, from)).stream()
                .map(UnitIndex.Token::term).toList();
        if (termWords.isEmpty()) {
            return List.of();
        }
        CharArraySet stop = stopWords(to);
        Map<String, Count> counts = new HashMap<>();
        int withTerm = 0;
        for (Tokens unit : units) {
            int at = WordAlignment.indexOf(unit.sourceTerms(), termWords);
            if (at < 0) {
                continue;
            }
            withTerm++;
            Optional<int[]> span = alignment.rendering(unit.sourceKeys(), unit.targetKeys(), at,
                    termWords.size(), stop::contains, MAX_WORDS);
            if (span.isPresent()) {
                int first = span.get()[0];
                int last = span.get()[1];
                List<String> words = unit.targetTerms().subList(first, last + 1);
                String surface = unit.targetText().substring(unit.target().get(first).span().start(),
                        unit.target().get(last).span().end());
                double strength = alignment.strength(unit.sourceKeys().subList(at, at + termWords.size()),
                        unit.targetKeys().subList(first, last + 1));
                counts.computeIfAbsent(String.join(" ", words), k -> new Count(words)).add(surface, strength);
            }
        }
        record Ranked(TranslationCandidate candidate, double strength) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Count count : counts.values()) {
            int total = (int) units.stream().filter(u -> WordAlignment.indexOf(u.targetTerms(), count.words) >= 0)
                    .count();
            ranked.add(new Ranked(new TranslationCandidate(count.surface(), count.units, total,
                    2.0 * count.units / (withTerm + total)), count.strength));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> r.candidate().together()).reversed()
                .thenComparing(Comparator.comparingDouble(Ranked::strength).reversed())
                .thenComparing(Comparator.comparingDouble((Ranked r) -> r.candidate().score()).reversed())
                .thenComparing(r -> r.candidate().phrase()));
        List<TranslationCandidate> candidates = ranked.stream().map(Ranked::candidate).toList();
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    /** A text's words as the exact field indexes them, elided articles taken off ({@link Elision}). */
    private List<UnitIndex.Token> words(String text, Language language) {
        return Elision.strip(UnitIndex.tokens(index.analyzers().exactForLanguage(language), "exact", text), language);
    }

    /** The units of a language pair as tokens, and how each language's compounds were split in them. */
    private record Pairs(List<Tokens> units, CompoundSplitter sourceCompounds) {
    }

    /**
     * The units with text in both languages, as tokens, each distinct pair of texts once; compounds split into their
     * parts ({@link CompoundSplitter}, knowing the words of these units).
     */
    private Pairs pairUnits(Language from, Language to) {
        BooleanQuery both = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(UnitFields.LANGUAGES, from.tag())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(UnitFields.LANGUAGES, to.tag())), BooleanClause.Occur.FILTER).build();
        List<String> sourceTexts = new ArrayList<>();
        List<String> targetTexts = new ArrayList<>();
        List<List<UnitIndex.Token>> sources = new ArrayList<>();
        List<List<UnitIndex.Token>> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (ScoreDoc doc : index.searcher().search(both, MAX_UNITS).scoreDocs) {
                TranslationUnit unit = index.unit(doc.doc);
                String source = unit.text(from);
                String target = unit.text(to);
                if (source != null && target != null && seen.add(source + "\u0000" + target)) {
                    sourceTexts.add(source);
                    targetTexts.add(target);
                    sources.add(words(source, from));
                    targets.add(words(target, to));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("translations-of failed: " + e.getMessage(), e);
        }
        WordStems sourceStems = WordStems.of(index.analyzers(), from, to);
        WordStems targetStems = WordStems.of(index.analyzers(), to, from);
        CompoundSplitter sourceCompounds = CompoundSplitter.of(from, sources, sourceStems::stem);
        CompoundSplitter targetCompounds = CompoundSplitter.of(to, targets, targetStems::stem);
        List<Tokens> units = new ArrayList<>();
        for (int u = 0; u < targetTexts.size(); u++) {
            units.add(new Tokens(sourceTexts.get(u), targetTexts.get(u), sourceCompounds.split(sources.get(u)),
                    targetCompounds.split(targets.get(u)), sourceStems, targetStems));
        }
        return new Pairs(units, sourceCompounds);
    }

    /**
     * One unit's two texts, their tokens (compounds split), and the tokens as index terms and as the keys the word
     * alignment learns them by ({@link WordStems}), position for position.
     */
    record Tokens(String sourceText, String targetText, List<UnitIndex.Token> source, List<UnitIndex.Token> target,
                  List<String> sourceTerms, List<String> targetTerms, List<String> sourceKeys,
                  List<String> targetKeys) {

        Tokens(String sourceText, String targetText, List<UnitIndex.Token> source, List<UnitIndex.Token> target,
               WordStems sourceStems, WordStems targetStems) {
            this(sourceText, targetText, source, target, source.stream().map(UnitIndex.Token::term).toList(),
                    target.stream().map(UnitIndex.Token::term).toList(), sourceStems.keys(source),
                    targetStems.keys(target));
        }

        /** The source's {@code i}th token as written. */
        String sourceWord(int i) {
            return source.get(i).span().of(sourceText);
        }

        /** The target's {@code j}th token as written. */
        String targetWord(int j) {
            return target.get(j).span().of(targetText);
        }

        /** The two key lists as Model 1 trains on them. */
        List<String>[] pair() {
            return WordAlignment.pair(sourceKeys, targetKeys);
        }
    }

    private CharArraySet stopWords(Language language) {
        return index.analyzers().functionWords(language);
    }

    /** Units showing a rendering, its spellings as found, and the sum of its links' strength in them. */
    private static final class Count {
        final List<String> words;
        int units;
        double strength;
        final Map<String, Integer> surfaces = new HashMap<>();

        Count(List<String> words) {
            this.words = words;
        }

        void add(String surface, double linkStrength) {
            units++;
            strength += linkStrength;
            surfaces.merge(surface, 1, Integer::sum);
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        }
    }
}
