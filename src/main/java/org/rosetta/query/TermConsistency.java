package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.rosetta.align.Cognates;
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
 * <p>A term is a run of one to {@value #LONGEST_TERM} words of the source, no function word at either edge
 * ({@link LanguageAnalyzers#functionWords}), in at least {@value #MIN_UNITS} units. Renderings are compared by
 * their stems (the target language's search analyzer: "droit de l'homme" and "droits de l'homme" are one
 * rendering). A term has a usual rendering when at least
 * {@value #MIN_UNITS} units show it and every unit where a rendering is found but one agrees with it (holds its
 * stems in order: "droits fondamentaux de l'homme" agrees with "droits de l'homme"): a term rendered several ways
 * is rendered by context, not a fixed term. A unit is inconsistent when its rendering is another one that no
 * other unit uses, is neither part of the usual one nor holds it (القانونية and القانون), and its target does not
 * hold the usual one anywhere (so neither a term translated twice in one sentence nor a usual rendering found only
 * in part, بشر for حقوق بشر, is reported). Only confident links make a rendering here
 * ({@link WordAlignment.Links#CONFIDENT}): a guess is no evidence. Words are keyed by {@link WordStems}.
 * Where a longer term and a term inside it are both inconsistent in a unit, only the longer is reported. Results
 * are in the order of the units, then of the term's place in the source. Read backwards (a target term that renders
 * another source term here than elsewhere), an odd rendering counts only where another unit renders that source term
 * otherwise: a source term seen once, or always rendered so, is one the target language does not tell from the usual
 * one ("liberty" and "freedom", both "liberté"). Not thread-safe.
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
    private final Cognates families = Cognates.ofOneScript();

    public TermConsistency(LanguageAnalyzers analyzers, Language from, Language to) {
        this.analyzers = analyzers;
        this.from = from;
        this.to = to;
    }

    /**
     * The inconsistencies of source terms (their renderings vary) and of target terms (what they render varies; only
     * where the odd source term is rendered otherwise in another unit), each in unit order, from one word alignment
     * of the pairs read both ways.
     */
    public record BothWays(List<Inconsistency> sourceTerms, List<Inconsistency> targetTerms) {
    }

    /** The inconsistencies of the {@code {source, target}} text pairs (both non-empty), both ways. */
    public BothWays findBothWays(List<String[]> texts) {
        List<UnitIndex.Token>[] sources = tokens(texts, 0, from);
        List<UnitIndex.Token>[] targets = tokens(texts, 1, to);
        WordStems fromWords = WordStems.of(analyzers, from, to);
        WordStems toWords = WordStems.of(analyzers, to, from);
        List<Unit> forward = new ArrayList<>();
        List<Unit> backward = new ArrayList<>();
        for (int u = 0; u < texts.size(); u++) {
            List<String> sourceKeys = fromWords.keys(sources[u]);
            List<String> targetKeys = toWords.keys(targets[u]);
            forward.add(new Unit(texts.get(u)[1], sources[u], targets[u], sourceKeys, targetKeys,
                    stems(to, texts.get(u)[1])));
            backward.add(new Unit(texts.get(u)[0], targets[u], sources[u], targetKeys, sourceKeys,
                    stems(from, texts.get(u)[0])));
        }
        List<List<String>[]> training = new ArrayList<>();
        forward.forEach(u -> training.add(u.pair()));
        WordAlignment alignment = WordAlignment.train(training);
        List<Inconsistency> targetTerms = find(backward, alignment.reversed(), to, from).stream()
                .filter(odd -> renderedOtherwiseElsewhere(odd, forward, backward)).toList();
        return new BothWays(find(forward, alignment, from, to), targetTerms);
    }

    /**
     * Whether the source term a target term renders oddly ({@code odd}, read backwards: its source span is the
     * target term, its target span the source term) is rendered otherwise in another unit: that unit's source holds
     * the term (its stems side by side) and its target lacks the target term (its stems in order, even apart). Only
     * then is the shared rendering a confusion of two terms the translation elsewhere keeps apart; a source term
     * seen once, or always rendered so, is one the target language does not tell from the usual one ("liberty" and
     * "freedom", both "liberté").
     */
    private boolean renderedOtherwiseElsewhere(Inconsistency odd, List<Unit> forward, List<Unit> backward) {
        List<String> targetTerm = stems(to, odd.source().of(forward.get(odd.unit()).targetText()));
        List<String> sourceTerm = stems(from, odd.target().of(backward.get(odd.unit()).targetText()));
        if (sourceTerm.isEmpty()) {
            return false;
        }
        for (int u = 0; u < forward.size(); u++) {
            if (u != odd.unit() && WordAlignment.indexOf(backward.get(u).targetStems(), sourceTerm) >= 0
                    && !inOrder(forward.get(u).targetStems(), targetTerm)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private List<UnitIndex.Token>[] tokens(List<String[]> texts, int side, Language language) {
        List<UnitIndex.Token>[] tokens = new List[texts.size()];
        for (int u = 0; u < texts.size(); u++) {
            tokens[u] = UnitIndex.tokens(analyzers.exactForLanguage(language), "exact", texts.get(u)[side]);
        }
        return tokens;
    }

    /**
     * The units' inconsistencies, unit by unit: each unit's links are worked out once, and every recurring term
     * of it (its first occurrence there) looked up in them.
     */
    private List<Inconsistency> find(List<Unit> units, WordAlignment alignment, Language source, Language target) {
        CharArraySet sourceStop = stopWords(source);
        CharArraySet targetStop = stopWords(target);
        List<List<String>> terms = terms(units, sourceStop);
        Map<List<String>, Map<String, List<Rendering>>> byTerm = new HashMap<>();
        terms.forEach(term -> byTerm.put(term, new LinkedHashMap<>()));
        Map<String, String> stemsOf = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<int[]> occurrences = firstOccurrences(unit.sourceTerms(), byTerm.keySet());
            if (occurrences.isEmpty()) {
                continue;
            }
            WordAlignment.Linked linked = alignment.linked(unit.sourceTerms(), unit.targetTerms());
            for (int[] occurrence : occurrences) {
                Map<String, List<Rendering>> renderings = byTerm.get(unit.sourceTerms().subList(occurrence[0],
                        occurrence[0] + occurrence[1]));
                rendering(unit, u, linked, occurrence[0], occurrence[1], targetStop, target, stemsOf)
                        .ifPresent(r -> renderings.computeIfAbsent(r.stems(), k -> new ArrayList<>())
                                .add(r.rendering()));
            }
        }
        List<Inconsistency> found = new ArrayList<>();
        for (List<String> term : terms) {
            found.addAll(inconsistencies(units, byTerm.get(term)));
        }
        return outermost(found);
    }

    /** Where each of {@code terms} first occurs in {@code words}: {at, length}, in text order. */
    private static List<int[]> firstOccurrences(List<String> words, java.util.Set<List<String>> terms) {
        List<int[]> occurrences = new ArrayList<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (int at = 0; at < words.size(); at++) {
            for (int length = 1; length <= LONGEST_TERM && at + length <= words.size(); length++) {
                List<String> term = words.subList(at, at + length);
                if (terms.contains(term) && seen.add(List.copyOf(term))) {
                    occurrences.add(new int[] {at, length});
                }
            }
        }
        return occurrences;
    }

    /** A rendering and its stems, as the target's search analyzer sees them. */
    private record Stemmed(String stems, Rendering rendering) {
    }

    private Optional<Stemmed> rendering(Unit unit, int u, WordAlignment.Linked linked, int at, int length,
                                        CharArraySet stop, Language target, Map<String, String> stemsOf) {
        Optional<int[]> span = linked.rendering(at, length, stop::contains, TranslationSpotter.MAX_WORDS,
                WordAlignment.Links.CONFIDENT);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        Span rendered = new Span(unit.target().get(span.get()[0]).span().start(),
                unit.target().get(span.get()[1]).span().end());
        String stems = stemsOf.computeIfAbsent(rendered.of(unit.targetText()),
                text -> String.join(" ", stems(target, text)));
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        Span source = new Span(unit.source().get(at).span().start(),
                unit.source().get(at + length - 1).span().end());
        return Optional.of(new Stemmed(stems, new Rendering(u, source, rendered)));
    }

    /** The odd renderings of one term, from its renderings grouped by stems (in unit order). */
    private List<Inconsistency> inconsistencies(List<Unit> units, Map<String, List<Rendering>> byStems) {
        int spotted = byStems.values().stream().mapToInt(List::size).sum();
        Optional<Map.Entry<String, List<Rendering>>> usual = byStems.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().size()));
        if (usual.isEmpty() || usual.get().getValue().size() < MIN_UNITS) {
            return List.of();
        }
        String usualJoined = usual.get().getKey();
        List<String> usualStems = List.of(usualJoined.split(" "));
        List<Rendering> usualRenderings = usual.get().getValue();
        int agreeing = byStems.entrySet().stream().filter(e -> agrees(e.getKey(), usualJoined))
                .mapToInt(e -> e.getValue().size()).sum();
        if (agreeing < spotted - 1) {
            return List.of(); // rendered several ways: by context, not a fixed term
        }
        Rendering example = usualRenderings.getFirst();
        String usualText = example.target().of(units.get(example.unit()).targetText());
        List<Inconsistency> found = new ArrayList<>();
        for (Map.Entry<String, List<Rendering>> entry : byStems.entrySet()) {
            List<Rendering> renderings = entry.getValue();
            if (renderings.size() != 1 || agrees(entry.getKey(), usualJoined)) {
                continue;
            }
            Rendering odd = renderings.getFirst();
            if (!inOrder(families(units.get(odd.unit()).targetStems()), families(usualStems))) {
                found.add(new Inconsistency(odd.unit(), odd.source(), odd.target(), usualText,
                        usualRenderings.size()));
            }
        }
        return found;
    }

    /**
     * Whether a rendering's stems agree with the usual rendering's: they hold them in order ("droits fondamentaux
     * de l'homme" and "droits de l'homme"), or either holds the other as written (the usual one in part, or a
     * longer form of a word: بشر and حقوق بشر, القانونية and القانون).
     */
    private static boolean agrees(String stems, String usual) {
        return inOrder(List.of(stems.split(" ")), List.of(usual.split(" "))) || stems.contains(usual)
                || usual.contains(stems);
    }

    /**
     * The words' families: a word's first letters as the aligner's cognate key ({@link Cognates#ofOneScript}), a
     * short word itself; so a target that holds a form of the usual rendering the search analyzer does not stem to
     * it (آزادانه, "freely", beside آزادی, "freedom") holds the usual rendering.
     */
    private List<String> families(List<String> words) {
        return words.stream().map(word -> families.key(word).orElse(word)).toList();
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
        return analyzers.functionWords(language);
    }

    private record Rendering(int unit, Span source, Span target) {
    }

    /**
     * One unit read one way: its target text, both sides' tokens, their words as the alignment keys them
     * ({@link WordStems}), and the target's stems as search makes them (to compare renderings).
     */
    private record Unit(String targetText, List<UnitIndex.Token> source, List<UnitIndex.Token> target,
                        List<String> sourceTerms, List<String> targetTerms, List<String> targetStems) {

        List<String>[] pair() {
            return WordAlignment.pair(sourceTerms, targetTerms);
        }
    }
}
