package org.rosetta.review;

import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Turns an {@link Edit} of an article's built units into stored links: the units as the person wants them, each
 * sentence with its fingerprint, replacing any earlier link that shares a sentence with them where that link's
 * sentences now are ({@link Corrections}: sentences added before them move them from their stored numbers). Pure:
 * the caller reads and writes the file and rebuilds.
 *
 * @param units    the article's units in document order, with their sentence ranges
 * @param versions the article's segmented versions, by language, for the fingerprints
 */
public record Editor(List<TranslationUnit> units, Map<Language, SegmentedDocument> versions) {

    public Editor {
        units = List.copyOf(units);
        versions = Map.copyOf(versions);
    }

    /** The result of an edit: the file's rows afterwards, and the sentences it set (to show the units changed). */
    public record Result(List<StoredLink> links, List<Map<Language, Span>> changed) {
    }

    /**
     * Applies {@code edit} as change number {@code change} by {@code by} at {@code now} to the file's rows
     * {@code existing}; throws {@link EditException} when it cannot be made.
     */
    public Result apply(Edit edit, List<StoredLink> existing, int change, String by, Instant now) {
        List<SequencedMap<Language, Span>> wanted = switch (edit) {
            case Edit.Merge merge -> List.of(merged(merge.unit()));
            case Edit.Split split -> split(split.unit(), split.at());
            case Edit.Move move -> moved(move);
            case Edit.Unlink unlink -> List.of(alone(unlink.language(), unlink.sentence()));
            case Edit.Confirm confirm -> confirm.units().stream().map(id -> unit(id).sentences()).toList();
        };
        pivot().ifPresent(pivot -> wanted.forEach(sentences -> requirePivot(sentences, pivot)));
        UnitStatus status = edit instanceof Edit.Confirm ? UnitStatus.CONFIRMED : UnitStatus.CORRECTED;
        String article = units.getFirst().document();
        // where the earlier links are now: sentences added or removed before them moved them from their numbers
        Corrections current = Corrections.place(Path.of(article + ".links.tsv"), existing, article, versions);
        List<StoredLink> links = new ArrayList<>();
        for (StoredLink link : existing) {
            SequencedMap<Language, Span> placed = current.placeOf(link).orElse(link.sentences());
            boolean replaced = link.holds() && link.article().equals(article)
                    && wanted.stream().anyMatch(sentences -> SentenceRanges.share(placed, sentences));
            links.add(replaced ? link.replacedBy(change) : link);
        }
        for (SequencedMap<Language, Span> sentences : wanted) {
            links.add(new StoredLink(change, 0, status, now, by, article, sentences, fingerprints(sentences), 0));
        }
        return new Result(links, List.copyOf(wanted));
    }

    /**
     * The language the article's units are built around, its pivot: the first language of a unit of sentences in two
     * or more languages (a unit writes its pivot's text first); empty when no unit links two languages.
     */
    private Optional<Language> pivot() {
        return units.stream().filter(unit -> unit.sentences().values().stream().filter(span -> span.length() > 0)
                .count() >= 2).map(TranslationUnit::sourceLanguage).findFirst();
    }

    /**
     * Refuses a unit that links sentences of two or more languages without one in {@code pivot}: the aligner links
     * each version to the pivot's, so such a link could not hold, and would be stored only to be left unapplied.
     */
    private static void requirePivot(SequencedMap<Language, Span> sentences, Language pivot) {
        List<Language> others = sentences.entrySet().stream().filter(e -> e.getValue().length() > 0
                && !e.getKey().equals(pivot)).map(Map.Entry::getKey).toList();
        if (others.size() >= 2 && sentences.getOrDefault(pivot, new Span(0, 0)).length() == 0) {
            throw new EditException("that would make a unit of " + String.join(" and ", others.stream()
                    .map(language -> language + ":" + SentenceRanges.format(sentences.get(language))).toList())
                    + " with no " + pivot + " sentence: units are built around " + pivot + ", the pivot, so it could"
                    + " not hold; move the sentence to a unit with " + pivot + " text, or build with --pivot "
                    + others.getFirst());
        }
    }

    private SequencedMap<Language, Span> merged(String id) {
        int at = indexOf(id);
        if (at + 1 >= units.size()) {
            throw new EditException("unit " + id + " is the last of " + units.getFirst().document()
                    + ": nothing to merge it with");
        }
        SequencedMap<Language, Span> first = units.get(at).sentences();
        SequencedMap<Language, Span> second = units.get(at + 1).sentences();
        SequencedMap<Language, Span> union = new LinkedHashMap<>(first);
        second.forEach((language, span) -> union.merge(language, span, Editor::join));
        return union;
    }

    private List<SequencedMap<Language, Span>> split(String id, Map<Language, Integer> at) {
        TranslationUnit unit = unit(id);
        SequencedMap<Language, Span> before = new LinkedHashMap<>();
        SequencedMap<Language, Span> after = new LinkedHashMap<>();
        for (Language language : at.keySet()) {
            if (!unit.sentences().containsKey(language)) {
                throw new EditException("unit " + id + " has no " + language + " side");
            }
        }
        unit.sentences().forEach((language, span) -> {
            Integer cut = at.get(language);
            if (cut == null) {
                if (span.length() > 1) {
                    throw new EditException("say where to split " + language + " too (--at " + language + ":N, N "
                            + span.start() + " to " + (span.end() - 1) + ")");
                }
                before.put(language, span);
                after.put(language, new Span(span.end(), span.end()));
            } else {
                if (cut < span.start() || cut >= span.end()) {
                    throw new EditException(language + ":" + cut + " is not in unit " + id + " (its " + language
                            + " sentences: " + org.rosetta.model.SentenceRanges.format(span) + ")");
                }
                before.put(language, new Span(span.start(), cut + 1));
                after.put(language, new Span(cut + 1, span.end()));
            }
        });
        if (isEmpty(before) || isEmpty(after)) {
            throw new EditException("split of " + id + " would leave one part without sentences");
        }
        return List.of(before, after);
    }

    private List<SequencedMap<Language, Span>> moved(Edit.Move move) {
        int at = holding(move.language(), move.sentence());
        TranslationUnit unit = units.get(at);
        Span span = unit.sentences().get(move.language());
        boolean toPrevious = move.to() == Edit.Direction.PREVIOUS;
        int neighbour = toPrevious ? at - 1 : at + 1;
        if (neighbour < 0 || neighbour >= units.size()) {
            throw new EditException("unit " + unit.id() + " has no " + (toPrevious ? "previous" : "next")
                    + " unit to move " + move.language() + ":" + move.sentence() + " to");
        }
        if (move.sentence() != (toPrevious ? span.start() : span.end() - 1)) {
            throw new EditException(move.language() + ":" + move.sentence() + " is not the " + (toPrevious
                    ? "first" : "last") + " " + move.language() + " sentence of unit " + unit.id()
                    + " (" + org.rosetta.model.SentenceRanges.format(span) + ")");
        }
        SequencedMap<Language, Span> losing = new LinkedHashMap<>(unit.sentences());
        losing.put(move.language(), toPrevious ? new Span(span.start() + 1, span.end())
                : new Span(span.start(), span.end() - 1));
        SequencedMap<Language, Span> gaining = new LinkedHashMap<>(units.get(neighbour).sentences());
        Span one = new Span(move.sentence(), move.sentence() + 1);
        gaining.merge(move.language(), one, Editor::join);
        List<SequencedMap<Language, Span>> result = new ArrayList<>();
        result.add(gaining);
        if (!isEmpty(losing)) {
            result.add(losing);
        }
        return result;
    }

    private SequencedMap<Language, Span> alone(Language language, int sentence) {
        TranslationUnit unit = units.get(holding(language, sentence));
        SequencedMap<Language, Span> alone = new LinkedHashMap<>();
        for (Language other : unit.sentences().keySet()) {
            alone.put(other, other.equals(language) ? new Span(sentence, sentence + 1) : new Span(0, 0));
        }
        return alone;
    }

    private int holding(Language language, int sentence) {
        for (int u = 0; u < units.size(); u++) {
            Span span = units.get(u).sentences().get(language);
            if (span != null && sentence >= span.start() && sentence < span.end()) {
                return u;
            }
        }
        throw new EditException("no unit of " + units.getFirst().document() + " holds " + language + ":" + sentence);
    }

    private TranslationUnit unit(String id) {
        return units.get(indexOf(id));
    }

    private int indexOf(String id) {
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).id().equals(id)) {
                if (units.get(u).sentences().isEmpty()) {
                    throw new EditException("unit " + id + " has no sentence numbers (imported): it cannot be edited");
                }
                return u;
            }
        }
        throw new EditException("no unit " + id + " in " + units.getFirst().document());
    }

    private Map<Language, List<String>> fingerprints(Map<Language, Span> sentences) {
        Map<Language, List<String>> prints = new HashMap<>();
        sentences.forEach((language, span) -> {
            List<String> list = new ArrayList<>();
            for (int k = span.start(); k < span.end(); k++) {
                list.add(SentenceFingerprint.of(versions.get(language).text(k)));
            }
            prints.put(language, list);
        });
        return prints;
    }

    private static Span join(Span a, Span b) {
        if (a.length() == 0) {
            return b;
        }
        if (b.length() == 0) {
            return a;
        }
        return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    private static boolean isEmpty(Map<Language, Span> sentences) {
        return sentences.values().stream().allMatch(s -> s.length() == 0);
    }
}
