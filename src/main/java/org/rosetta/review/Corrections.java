package org.rosetta.review;

import org.rosetta.align.Constraints;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.Revision;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The corrections that hold for one article, found again in its current text: each stored link's sentences are
 * looked up by fingerprint, at their stored numbers or, when sentences were added or removed before them, at the
 * nearest place where the same sentences follow each other. A link whose sentences are gone or changed is
 * reported ({@link #problems()}, naming the file, row and sentence) and not applied; so is one that contradicts
 * an earlier link. Immutable.
 */
public final class Corrections {

    /** A stored link at its place in the current text. */
    record Placed(StoredLink link, SequencedMap<Language, Span> sentences) {
    }

    private final List<Placed> placed;
    private final List<String> problems;

    private Corrections(List<Placed> placed, List<String> problems) {
        this.placed = List.copyOf(placed);
        this.problems = List.copyOf(problems);
    }

    /** The links of {@code file} that hold for {@code article}, placed in its versions (by language). */
    public static Corrections place(Path file, List<StoredLink> links, String article,
                                    Map<Language, SegmentedDocument> versions) {
        List<Placed> placed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<Language, String[]> prints = new java.util.HashMap<>();
        for (StoredLink link : links) {
            if (!link.holds() || !link.article().equals(article)) {
                continue;
            }
            SequencedMap<Language, Span> found = new LinkedHashMap<>();
            String problem = null;
            for (Map.Entry<Language, Span> range : link.sentences().entrySet()) {
                Language language = range.getKey();
                Span span = range.getValue();
                if (span.length() == 0) {
                    found.put(language, span);
                    continue;
                }
                SegmentedDocument version = versions.get(language);
                Optional<Span> at = version == null ? Optional.empty()
                        : find(prints.computeIfAbsent(language, l -> fingerprints(version)), span,
                                link.fingerprints().get(language));
                if (at.isEmpty()) {
                    problem = file + ":" + link.line() + ": " + language + ":" + SentenceRanges.format(span)
                            + " of " + article + (version == null ? " has no " + language
                            + " version any more" : " no longer matches the source (now: " + quote(version, span)
                            + ")") + "; this correction is not applied";
                    break;
                }
                found.put(language, at.get());
            }
            if (problem != null) {
                problems.add(problem);
            } else if (placed.stream().anyMatch(p -> SentenceRanges.share(p.sentences(), found))) {
                problems.add(file + ":" + link.line() + ": contradicts an earlier correction of " + article
                        + "; this correction is not applied");
            } else {
                placed.add(new Placed(link, found));
            }
        }
        return new Corrections(placed, problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** Where {@code link}'s sentences are in the current text, if it was placed (it holds there). */
    Optional<SequencedMap<Language, Span>> placeOf(StoredLink link) {
        return placed.stream().filter(p -> p.link().equals(link)).map(Placed::sentences).findFirst();
    }

    /**
     * What the corrections fix in the alignment of {@code pivot} (source) with {@code other}: a link with sentences
     * in both is a fixed link; one with sentences in one and none in the other makes those sentences alone. A
     * link that cannot hold with the ones before it for this pair is reported in {@code problems}.
     */
    public Constraints constraints(Language pivot, Language other, List<String> problems) {
        Constraints constraints = Constraints.none();
        for (Placed p : placed) {
            Span source = p.sentences().get(pivot);
            Span target = p.sentences().get(other);
            if (source == null || target == null) {
                continue;
            }
            Optional<Constraints> more = Optional.of(constraints);
            if (source.length() > 0 && target.length() > 0) {
                more = constraints.withLink(new Bead(source.start(), source.end(), target.start(), target.end(), 1));
            } else {
                boolean sourceSide = source.length() > 0;
                for (int k = (sourceSide ? source : target).start(); more.isPresent()
                        && k < (sourceSide ? source : target).end(); k++) {
                    int sentence = k;
                    more = more.flatMap(c -> c.withAlone(sourceSide ? Constraints.Side.SOURCE
                            : Constraints.Side.TARGET, sentence));
                }
            }
            if (more.isPresent()) {
                constraints = more.get();
            } else {
                problems.add("row " + p.link().line() + " (" + pivot + "-" + other + "): contradicts an earlier"
                        + " correction; not applied to this pair");
            }
        }
        return constraints;
    }

    /**
     * The person's check of a built unit with these sentences, when a correction says exactly this unit: the same
     * ranges in every language (a language absent from either counts as empty).
     */
    public Optional<Revision> revisionOf(Map<Language, Span> unit) {
        for (Placed p : placed) {
            if (sameRanges(p.sentences(), unit)) {
                StoredLink link = p.link();
                return Optional.of(new Revision(link.status(), link.changed(), link.by()));
            }
        }
        return Optional.empty();
    }

    private static boolean sameRanges(Map<Language, Span> a, Map<Language, Span> b) {
        java.util.Set<Language> languages = new java.util.HashSet<>(a.keySet());
        languages.addAll(b.keySet());
        for (Language language : languages) {
            Span x = a.getOrDefault(language, new Span(0, 0));
            Span y = b.getOrDefault(language, new Span(0, 0));
            if (!(x.length() == 0 && y.length() == 0) && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code wanted} follow each other in a version: at {@code stored} if they still do, else nearest. */
    private static Optional<Span> find(String[] version, Span stored, List<String> wanted) {
        int length = stored.length();
        if (matches(version, stored.start(), wanted)) {
            return Optional.of(stored);
        }
        Optional<Span> best = Optional.empty();
        for (int start = 0; start + length <= version.length; start++) {
            if (matches(version, start, wanted) && (best.isEmpty()
                    || Math.abs(start - stored.start()) < Math.abs(best.get().start() - stored.start()))) {
                best = Optional.of(new Span(start, start + length));
            }
        }
        return best;
    }

    private static boolean matches(String[] version, int start, List<String> wanted) {
        if (start + wanted.size() > version.length) {
            return false;
        }
        for (int k = 0; k < wanted.size(); k++) {
            if (!version[start + k].equals(wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The fingerprint of every sentence of a version. */
    static String[] fingerprints(SegmentedDocument version) {
        String[] prints = new String[version.size()];
        for (int i = 0; i < prints.length; i++) {
            prints[i] = SentenceFingerprint.of(version.text(i));
        }
        return prints;
    }

    private static String quote(SegmentedDocument version, Span span) {
        if (span.start() >= version.size()) {
            return "the document has " + version.size() + " sentences";
        }
        String text = version.text(span.start());
        return "'" + (text.length() > 50 ? text.substring(0, 50) + "…" : text) + "'";
    }
}
