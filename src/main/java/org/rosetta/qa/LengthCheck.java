package org.rosetta.qa;

import org.rosetta.align.LengthScorer;
import org.rosetta.ingest.BlockClassifier;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.rosetta.segment.SentenceSegmenter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link QaCheck#OMISSION} and {@link QaCheck#ADDITION}: a side without counterpart, and a unit whose target length
 * the aligner's own length model (Gale and Church, its ratio and variance learnt from the pair's one-to-one units in
 * the collection, the variance shrunk towards Gale and Church's by {@value #PSEUDO_PAIRS} units' worth) finds less
 * likely than {@value #SURPRISE}: a sentence half translated, or one with something added;
 * a unit whose target length one of its source sentences missing explains a hundred times better than the
 * whole source ({@value #UNLIKELY} in cost), which the finding marks: a sentence dropped from a paragraph; and a
 * target shorter than the model expects whose source is among the pair's least rendered ({@link CoverageRank}),
 * the two costs together above {@value #SURPRISE}: one of the sentences a target renders a long source sentence by,
 * dropped, which the lengths alone let through.
 */
final class LengthCheck implements Checker {

    /** One unit in ten thousand of a faithful translation is this far off (-log of 1e-4). */
    static final double SURPRISE = 6.9;
    /** One in a hundred (-log of 0.01): unlikely enough when one missing sentence explains it. */
    static final double UNLIKELY = 4.6;
    private static final SentenceSegmenter SENTENCES = new IcuSentenceSegmenter();
    /** How many units' worth of Gale and Church's variance the collection's own is shrunk towards. */
    static final int PSEUDO_PAIRS = 20;

    private final LengthScorer model;
    private final CoverageRank coverage;
    /** The units (document and id) that are titles a links label lists at a document's end ({@link #linkTitles}). */
    private final Set<String> linkTitles;

    /** The checks of {@code pairs}' lengths, and of their sources' coverage where {@code coverage} weighs it. */
    LengthCheck(List<UnitPair> pairs, CoverageRank coverage) {
        List<int[]> lengths = new ArrayList<>();
        for (UnitPair pair : pairs) {
            if (pair.hasBoth() && pair.unit().beadType(pair.source(), pair.target()).equals("1-1")) {
                lengths.add(new int[] {pair.sourceText().length(), pair.targetText().length()});
            }
        }
        model = LengthScorer.estimate(lengths, PSEUDO_PAIRS);
        this.coverage = coverage;
        this.linkTitles = linkTitles(pairs);
    }

    /**
     * When the aligner was not sure the sentence stands alone, the finding says so: its counterpart may be folded
     * into a neighbouring unit (a heading the translation runs into its next sentence), which the reviser checks.
     */
    private static String unsure(UnitPair pair) {
        double confidence = pair.unit().confidence();
        return confidence >= 0.9 ? "" : String.format(java.util.Locale.ROOT, " (the aligner is %.0f%% sure: it may"
                + " be folded into a neighbouring unit)", 100 * confidence);
    }

    /**
     * A side without counterpart. Page furniture (a share line, "Communiqué de presse", a date line, a photo
     * credit: what ingestion's {@link BlockClassifier} marks as not the statement's body) is said so, at severity
     * info: a translation need not carry the page it was published on.
     */
    private Finding oneSided(QaCheck check, UnitPair pair, String text, Language language, Language other,
                             Optional<Span> sourceSpan, Optional<Span> targetSpan) {
        Optional<List<BlockKind>> kinds = linkTitles.contains(key(pair)) ? Optional.of(List.of(BlockKind.LINKS))
                : furniture(text, language, MOST_PARTS);
        if (kinds.isPresent()) {
            return new Finding(check, Severity.INFO, pair.unit().id(), pair.unit().document(), pair.source(),
                    pair.target(), "page furniture (" + String.join(", ", kinds.get().stream().map(kind -> kind.name()
                    .toLowerCase(java.util.Locale.ROOT)).toList()) + ") with no " + other + " counterpart",
                    pair.sourceText(), pair.targetText(), sourceSpan, targetSpan);
        }
        return Finding.of(check, pair, "no " + other + " counterpart" + unsure(pair), sourceSpan, targetSpan);
    }

    /**
     * The units (by document and id: an imported collection may repeat ids across documents) that are titles of
     * other pages under a links label ("Related articles", "Lire aussi") at the end of their document, as
     * ingestion reads plain text ({@link BlockClassifier#linkTitles}, each unit read as a block by
     * {@link #kindForLinkTitles}): after the document's last unit with a sentence of body text, the units that
     * follow the first links label after it and are one-sided and one heading-like line. Not in a document without
     * such a sentence, nor in one whose sides leave their sentences open ({@link BlockClassifier#marksHeadings}),
     * where an open line says nothing. A unit does not keep its
     * block's kind, so the order of the units says it here.
     */
    private static Set<String> linkTitles(List<UnitPair> pairs) {
        Set<String> titles = new HashSet<>();
        Map<String, List<UnitPair>> byDocument = new LinkedHashMap<>();
        for (UnitPair pair : pairs) {
            byDocument.computeIfAbsent(pair.unit().document(), d -> new ArrayList<>()).add(pair);
        }
        for (List<UnitPair> document : byDocument.values()) {
            if (!BlockClassifier.marksHeadings(document.stream().map(UnitPair::sourceText).toList())
                    || !BlockClassifier.marksHeadings(document.stream().map(UnitPair::targetText).toList())) {
                continue;
            }
            List<BlockKind> kinds = document.stream().map(LengthCheck::kindForLinkTitles).toList();
            if (!kinds.contains(BlockKind.PARAGRAPH)) {
                continue;
            }
            List<BlockKind> read = BlockClassifier.linkTitles(kinds);
            for (int t = 0; t < document.size(); t++) {
                if (read.get(t) != kinds.get(t)) {
                    titles.add(key(document.get(t)));
                }
            }
        }
        return titles;
    }

    private static String key(UnitPair pair) {
        return pair.unit().document() + '\0' + pair.unit().id();
    }

    /**
     * A unit as a block for {@link BlockClassifier#linkTitles}: a paragraph where either side is a sentence of body
     * text, a links label where either side is one, a heading where it is one-sided and one heading-like line.
     */
    private static BlockKind kindForLinkTitles(UnitPair pair) {
        BlockKind source = BlockClassifier.furniture(pair.sourceText(), pair.source(), BlockKind.PARAGRAPH);
        BlockKind target = BlockClassifier.furniture(pair.targetText(), pair.target(), BlockKind.PARAGRAPH);
        if (isSentence(pair.sourceText(), source) || isSentence(pair.targetText(), target)) {
            return BlockKind.PARAGRAPH;
        } else if (source == BlockKind.LINKS || target == BlockKind.LINKS) {
            return BlockKind.LINKS;
        }
        String text = pair.sourceText().isEmpty() ? pair.targetText() : pair.sourceText();
        return !pair.hasBoth() && BlockClassifier.looksLikeHeading(text) ? BlockKind.HEADING : BlockKind.BOILERPLATE;
    }

    /** Body text that is not a heading-like line. */
    private static boolean isSentence(String text, BlockKind kind) {
        return !text.isEmpty() && kind.isBody() && !BlockClassifier.looksLikeHeading(text);
    }

    /** The most lines of furniture {@link #furniture} reads one one-sided unit as. */
    static final int MOST_PARTS = 3;

    /**
     * The kinds of page furniture a one-sided text is: its own kind, or, for lines of furniture that the aligner
     * leaves out together as one unit and the unit writes as one text ("Startseite › Presse › Mitteilungen" and
     * "Pressemitteilung Nr. 27/2025"), the kinds of the parts, at most {@code parts}, that it splits into at spaces
     * where a line may end and another begin (no comma, colon or semicolon before, a capital, a digit or a letter
     * of a script without case after: not "In March 2024, related charges were brought"), each one furniture,
     * first found first; empty when the text is the statement's body.
     */
    static Optional<List<BlockKind>> furniture(String text, Language language, int parts) {
        BlockKind kind = BlockClassifier.furniture(text, language, BlockKind.PARAGRAPH);
        if (!kind.isBody()) {
            return Optional.of(List.of(kind));
        }
        if (parts == 1) {
            return Optional.empty();
        }
        for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
            if (!linesMeet(text, space)) {
                continue;
            }
            BlockKind first = BlockClassifier.furniture(text.substring(0, space), language, BlockKind.PARAGRAPH);
            if (!first.isBody()) {
                Optional<List<BlockKind>> rest = furniture(text.substring(space + 1), language, parts - 1);
                if (rest.isPresent()) {
                    List<BlockKind> kinds = new ArrayList<>(List.of(first));
                    kinds.addAll(rest.get());
                    return Optional.of(kinds);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether one line may end at the space at {@code space} and another begin after it (as {@link #furniture}). */
    private static boolean linesMeet(String text, int space) {
        if (space + 1 >= text.length() || ",;:".indexOf(text.charAt(space - 1)) >= 0) {
            return false;
        }
        int next = text.codePointAt(space + 1);
        return Character.isDigit(next) || Character.isLetter(next) && !Character.isLowerCase(next);
    }

    /**
     * The source sentence whose absence from the target explains its length: without that one sentence the unit's
     * length is at least a hundred times likelier than as it is (its cost at least {@value #UNLIKELY} lower, so
     * the unit as it is is unlikely too), and likelier than without any other sentence; a sentence dropped from a
     * paragraph the length test of the whole unit lets through (a third of it missing is within what translations
     * vary by). Empty for a unit of one source sentence, or when no single sentence explains it.
     */
    private Optional<Span> missingSentence(UnitPair pair) {
        String source = pair.sourceText();
        int target = pair.targetText().length();
        if (model.cost(source.length(), target) <= UNLIKELY || target >= model.ratio() * source.length()) {
            return Optional.empty();
        }
        SegmentedDocument sentences = SENTENCES.segment(new Document(pair.unit().id(), pair.source(),
                "unit " + pair.unit().id(), source, List.of(new Block(BlockKind.PARAGRAPH,
                new Span(0, source.length())))));
        if (sentences.size() < 2) {
            return Optional.empty();
        }
        Optional<Span> best = Optional.empty();
        double bestCost = model.cost(source.length(), target) - UNLIKELY;
        for (Segment sentence : sentences.segments()) {
            double cost = model.cost(source.length() - sentence.span().length(), target);
            if (cost < bestCost) {
                bestCost = cost;
                best = Optional.of(sentence.span());
            }
        }
        return best;
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        List<Finding> findings = new ArrayList<>();
        String source = pair.sourceText();
        String target = pair.targetText();
        if (!source.isEmpty() && target.isEmpty()) {
            findings.add(oneSided(QaCheck.OMISSION, pair, source, pair.source(), pair.target(),
                    Optional.of(new Span(0, source.length())), Optional.empty()));
        } else if (source.isEmpty() && !target.isEmpty()) {
            findings.add(oneSided(QaCheck.ADDITION, pair, target, pair.target(), pair.source(), Optional.empty(),
                    Optional.of(new Span(0, target.length()))));
        } else if (pair.hasBoth()) {
            missingSentence(pair).ifPresentOrElse(missing -> findings.add(Finding.of(QaCheck.OMISSION, pair,
                    String.format(java.util.Locale.ROOT, "%s is shorter than the length model expects (%d characters"
                    + " for %d, ratio %.2f); without this sentence it fits", pair.target(), target.length(),
                    source.length(), model.ratio()), Optional.of(missing), Optional.empty())),
                    () -> findings.addAll(lengthFindings(pair)));
        }
        return findings;
    }

    /**
     * The whole unit's length far off the model: a sentence half translated, or something added; or a target
     * shorter than the model expects whose source is also among the collection's least rendered
     * ({@link CoverageRank}), the two costs together above {@value #SURPRISE}: one of several target sentences
     * dropped where its length alone is within what translations vary by.
     */
    private List<Finding> lengthFindings(UnitPair pair) {
        String source = pair.sourceText();
        String target = pair.targetText();
        List<Finding> findings = new ArrayList<>();
        double cost = model.cost(source.length(), target.length());
        if (target.length() < model.ratio() * source.length() && cost <= SURPRISE
                && cost + coverage.surprise(pair) > SURPRISE) {
            findings.add(Finding.of(QaCheck.OMISSION, pair, String.format(java.util.Locale.ROOT, "%s is shorter than"
                    + " the length model expects (%d characters for %d, ratio %.2f), and few of the source's words"
                    + " have a counterpart in it (%.0f%%)", pair.target(), target.length(), source.length(),
                    model.ratio(), 100 * coverage.share(pair).orElse(1)), Optional.empty(), Optional.empty()));
        }
        if (cost > SURPRISE) {
            boolean shorter = target.length() < model.ratio() * source.length();
            findings.add(Finding.of(shorter ? QaCheck.OMISSION : QaCheck.ADDITION, pair, String.format(
                    java.util.Locale.ROOT, "%s is %s than the length model expects (%d characters for %d, ratio %.2f)",
                    pair.target(), shorter ? "much shorter" : "much longer", target.length(), source.length(),
                    model.ratio()), Optional.empty(), Optional.empty()));
        }
        return findings;
    }
}
