package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terms a collection renders one way nearly everywhere and another way once: the evidence of
 * {@link TranslationSpotter} (a {@link WordAlignment} trained on the pair's units, renderings as the target words
 * linked to the term's words), applied to every recurring source term rather than one asked for.
 *
 * <p>A term is a run of one to {@value #LONGEST_TERM} words of the source, no stop word at either edge, in at least
 * {@value #MIN_UNITS} units. Renderings are compared by their stems (the target language's search analyzer:
 * "droit de l'homme" and "droits de l'homme" are one rendering). A term has a usual rendering when at least
 * {@value #MIN_UNITS} units show it and more than half of those where a rendering is found agree with it (hold its
 * stems in order: "droits fondamentaux de l'homme" agrees with "droits de l'homme"); a unit is inconsistent when
 * its rendering is another one that no other unit uses and its target does not hold the usual one anywhere (so
 * neither a term translated twice in one sentence nor a usual rendering found only in part, بشر for حقوق بشر, is
 * reported). Only mutual best links make a rendering here: a guess is no evidence. Where a longer
 * term and a term inside it are both inconsistent in a unit, only the longer is reported. Results are in the order
 * of the units, then of the term's place in the source. Not thread-safe.
 */
public final class TermConsistency {

    static final int LONGEST_TERM = 3;
    static final int MIN_UNITS = 3;
    /** The most frequent terms checked in a large collection: each costs a pass over its units. */
    static final int MAX_TERMS = 2_000;

    /**
     * One unit's rendering of a term that differs from the collection's usual one.
     *
     * @param unit        the unit's position in the list given
     * @param source      the term in the unit's source text (character offsets)
     * @param target      the rendering found in the unit's target text
     * @param usual       the usual rendering, as most units spell it
     * @param usualUnits  how many units show the usual rendering
     */
    public record Inconsistency(int unit, Span source, Span target, String usual, int usualUnits) {
    }

    private final LanguageAnalyzers analyzers;
    private final Language from;
    private final Language to;

    public TermConsistency(LanguageAnalyzers analyzers, Language from, Language to) {
        this.analyzers = analyzers;
        this.from = from;
        this.to = to;
    }

    /** The inconsistencies of the {@code {source, target}} text pairs (both non-empty), in unit order. */
    public List<Inconsistency> find(List<String[]> texts) {
        List<Unit> units = new ArrayList<>();
        for (String[] pair : texts) {
            units.add(new Unit(pair[1], UnitIndex.tokens(analyzers.exactForLanguage(from), "exact", pair[0]),
                    UnitIndex.tokens(analyzers.exactForLanguage(to), "exact", pair[1]), stems(to, pair[1])));
        }
        List<List<String>[]> training = new ArrayList<>();
        units.forEach(u -> training.add(u.pair()));
        WordAlignment alignment = WordAlignment.train(training);
        CharArraySet sourceStop = stopWords(from);
        CharArraySet targetStop = stopWords(to);
        List<Inconsistency> found = new ArrayList<>();
        for (List<String> term : terms(units, sourceStop)) {
            found.addAll(inconsistencies(units, alignment, term, targetStop));
        }
        return outermost(found);
    }

    private List<Inconsistency> inconsistencies(List<Unit> units, WordAlignment alignment, List<String> term,
                                                CharArraySet stop) {
        Map<String, List<Rendering>> byStems = new LinkedHashMap<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            int at = WordAlignment.indexOf(unit.sourceTerms(), term);
            if (at < 0) {
                continue;
            }
            Optional<int[]> span = alignment.rendering(unit.sourceTerms(), unit.targetTerms(), at, term.size(),
                    stop::contains, TranslationSpotter.MAX_WORDS, WordAlignment.Links.MUTUAL);
            if (span.isEmpty()) {
                continue;
            }
            Span target = new Span(unit.target().get(span.get()[0]).span().start(),
                    unit.target().get(span.get()[1]).span().end());
            String stems = String.join(" ", stems(to, target.of(unit.targetText())));
            if (stems.isEmpty()) {
                continue;
            }
            Span source = new Span(unit.source().get(at).span().start(),
                    unit.source().get(at + term.size() - 1).span().end());
            byStems.computeIfAbsent(stems, k -> new ArrayList<>()).add(new Rendering(u, source, target));
        }
        int spotted = byStems.values().stream().mapToInt(List::size).sum();
        Optional<Map.Entry<String, List<Rendering>>> usual = byStems.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().size()));
        if (usual.isEmpty() || usual.get().getValue().size() < MIN_UNITS) {
            return List.of();
        }
        List<String> usualStems = List.of(usual.get().getKey().split(" "));
        // renderings that hold the usual one's stems in order ("droits fondamentaux de l'homme") agree with it
        int agreeing = byStems.entrySet().stream().filter(e -> inOrder(List.of(e.getKey().split(" ")), usualStems))
                .mapToInt(e -> e.getValue().size()).sum();
        if (2 * agreeing <= spotted) {
            return List.of();
        }
        Rendering example = usual.get().getValue().getFirst();
        String usualText = example.target().of(units.get(example.unit()).targetText());
        List<Inconsistency> found = new ArrayList<>();
        for (List<Rendering> renderings : byStems.values()) {
            if (renderings.size() != 1 || renderings == usual.get().getValue()) {
                continue;
            }
            Rendering odd = renderings.getFirst();
            if (!inOrder(units.get(odd.unit()).targetStems(), usualStems)) {
                found.add(new Inconsistency(odd.unit(), odd.source(), odd.target(), usualText,
                        usual.get().getValue().size()));
            }
        }
        return found;
    }

    /** Whether {@code words} hold {@code wanted} in order, other words between them allowed. */
    private static boolean inOrder(List<String> words, List<String> wanted) {
        int next = 0;
        for (int w = 0; w < words.size() && next < wanted.size(); w++) {
            if (words.get(w).equals(wanted.get(next))) {
                next++;
            }
        }
        return next == wanted.size();
    }

    /** The recurring terms, most frequent first, at most {@value #MAX_TERMS}. */
    private static List<List<String>> terms(List<Unit> units, CharArraySet stop) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Unit unit : units) {
            java.util.Set<List<String>> seen = new java.util.HashSet<>();
            List<String> words = unit.sourceTerms();
            for (int start = 0; start < words.size(); start++) {
                for (int length = 1; length <= LONGEST_TERM && start + length <= words.size(); length++) {
                    List<String> term = words.subList(start, start + length);
                    if (!stop.contains(term.getFirst()) && !stop.contains(term.getLast())
                            && term.getFirst().codePointCount(0, term.getFirst().length()) > 1
                            && seen.add(List.copyOf(term))) {
                        counts.merge(List.copyOf(term), 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_UNITS)
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
                        .thenComparing(e -> String.join(" ", e.getKey())))
                .limit(MAX_TERMS).map(Map.Entry::getKey).toList();
    }

    /** Per unit, only inconsistencies whose source span no other one of the unit contains; in unit order. */
    private static List<Inconsistency> outermost(List<Inconsistency> found) {
        List<Inconsistency> kept = new ArrayList<>();
        for (Inconsistency one : found) {
            boolean inner = found.stream().anyMatch(other -> other != one && other.unit() == one.unit()
                    && other.source().start() <= one.source().start() && other.source().end() >= one.source().end()
                    && other.source().length() > one.source().length());
            if (!inner) {
                kept.add(one);
            }
        }
        kept.sort(Comparator.comparingInt(Inconsistency::unit).thenComparingInt(i -> i.source().start()));
        return kept;
    }

    private List<String> stems(Language language, String text) {
        return UnitIndex.tokens(analyzers.forLanguage(language), "text", text).stream().map(UnitIndex.Token::term)
                .toList();
    }

    private CharArraySet stopWords(Language language) {
        if (analyzers.forLanguage(language) instanceof StopwordAnalyzerBase base) {
            return base.getStopwordSet();
        }
        return CharArraySet.EMPTY_SET;
    }

    private record Rendering(int unit, Span source, Span target) {
    }

    private record Unit(String targetText, List<UnitIndex.Token> source, List<UnitIndex.Token> target,
                        List<String> sourceTerms, List<String> targetTerms, List<String> targetStems) {

        Unit(String targetText, List<UnitIndex.Token> source, List<UnitIndex.Token> target, List<String> stems) {
            this(targetText, source, target, source.stream().map(UnitIndex.Token::term).toList(),
                    target.stream().map(UnitIndex.Token::term).toList(), stems);
        }

        @SuppressWarnings("unchecked")
        List<String>[] pair() {
            return new List[] {sourceTerms, targetTerms};
        }
    }
}
