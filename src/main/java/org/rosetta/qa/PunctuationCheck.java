package org.rosetta.qa;

import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link QaCheck#PUNCTUATION}: brackets and quotes (of any language's style, German „ “ as much as French « ») that the
 * source balances and the target leaves open (the bracket of a list label that opens a text, "b)", is none), a
 * question in one language and a statement in the other (any script's question mark), and URLs, e-mail addresses
 * and hashtags of either side missing from the other.
 *
 * <p>A quotation that runs over several paragraphs is opened again at the start of each of them and closed once,
 * at its end (the French, Spanish, Italian and English convention, where German often marks only its ends): inside
 * a quotation the source opened in an earlier unit of the document, in a unit where the source does not close it,
 * a target that opens with a quotation mark is that convention, not a quote left open. Units are read in the order
 * given, document by document; immutable once made.
 */
final class PunctuationCheck implements Checker {

    /** Opening and closing brackets. */
    private static final String[][] BRACKETS = {{"(", ")"}, {"[", "]"}, {"（", "）"}};
    /**
     * Double quotation marks of every language's style, counted together: a language's pair is two of them
     * whichever they are (English “ ”, German „ “, French « », Swedish ” ”, Chinese 「 」), so quotes are balanced
     * when there is an even number of them.
     */
    private static final String QUOTES = "\"“”„‟«»‹›「」『』〝〞";
    private static final String QUESTION = "?؟？";

    /**
     * The units inside a quotation the source opened in an earlier unit of their document and does not close in
     * them. The source alone says where a quotation runs: a translation's own quotes inside it (a word quoted, a
     * line of dialogue) would make the target's count of marks say otherwise.
     */
    private final Set<UnitPair> continuing = new HashSet<>();

    PunctuationCheck(List<UnitPair> pairs) {
        Set<String> open = new HashSet<>();
        for (UnitPair pair : pairs) {
            String document = pair.unit().document();
            boolean before = open.contains(document);
            if (read(open, document, pair.sourceText()) && before) {
                continuing.add(pair);
            }
        }
    }

    /**
     * Reads one unit's text into the documents whose quotation is open ({@code open}): a quotation mark opening
     * a text inside a quotation reopens it and counts for nothing; an odd number of the others opens or closes it.
     * Whether the document's quotation is open after the text.
     */
    private static boolean read(Set<String> open, String document, String text) {
        boolean inside = open.contains(document);
        long marks = quotes(text) - (inside && opensWithQuote(text) ? 1 : 0);
        if (marks % 2 != 0 && !open.remove(document)) {
            open.add(document);
        }
        return open.contains(document);
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String source = pair.sourceText();
        String target = pair.targetText();
        for (String[] marks : BRACKETS) {
            if (balanced(source, marks) && !balanced(target, marks)) {
                findings.add(Finding.of(QaCheck.PUNCTUATION, pair, "unbalanced " + marks[0] + marks[1] + " in the "
                        + pair.target(), Optional.empty(), Optional.of(firstOf(target, marks))));
            }
        }
        if (quotes(source) % 2 == 0 && quotes(target) % 2 != 0
                && !(continuing.contains(pair) && opensWithQuote(target))) {
            int at = firstQuote(target);
            findings.add(Finding.of(QaCheck.PUNCTUATION, pair, "unbalanced quotes in the " + pair.target(),
                    Optional.empty(), Optional.of(new Span(at, at + 1))));
        }
        if (asks(source) != asks(target)) {
            findings.add(Finding.of(QaCheck.PUNCTUATION, pair, asks(source) ? "a question in the " + pair.source()
                    + ", a statement in the " + pair.target() : "a question in the " + pair.target() + " only",
                    Optional.empty(), Optional.empty()));
        }
        Set<String> sourceLinks = links(source);
        Set<String> targetLinks = links(target);
        for (WordNormaliser.Anchor link : WordNormaliser.anchorsIn(source)) {
            if (!link.isNumber() && !targetLinks.contains(link.key())) {
                findings.add(Finding.of(QaCheck.PUNCTUATION, pair, link.value() + " is not in the " + pair.target(),
                        Optional.of(new Span(link.start(), link.end())), Optional.empty()));
            }
        }
        for (WordNormaliser.Anchor link : WordNormaliser.anchorsIn(target)) {
            if (!link.isNumber() && !sourceLinks.contains(link.key())) {
                findings.add(Finding.of(QaCheck.PUNCTUATION, pair, link.value() + " is in the " + pair.target()
                        + " only", Optional.empty(), Optional.of(new Span(link.start(), link.end()))));
            }
        }
        return findings;
    }

    /** Whether the text closes as many brackets as it opens, the bracket of a list label opening it aside. */
    private static boolean balanced(String text, String[] marks) {
        String unlabelled = ListLabels.withoutOpening(text);
        return count(unlabelled, marks[0]) == count(unlabelled, marks[1]);
    }

    private static long quotes(String text) {
        return text.chars().filter(c -> QUOTES.indexOf(c) >= 0).count();
    }

    private static boolean opensWithQuote(String text) {
        String opening = text.stripLeading();
        return !opening.isEmpty() && QUOTES.indexOf(opening.charAt(0)) >= 0;
    }

    private static int firstQuote(String text) {
        for (int at = 0; at < text.length(); at++) {
            if (QUOTES.indexOf(text.charAt(at)) >= 0) {
                return at;
            }
        }
        return 0;
    }

    private static int count(String text, String mark) {
        int count = 0;
        for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
            count++;
        }
        return count;
    }

    private static Span firstOf(String text, String[] marks) {
        int at = Math.max(text.indexOf(marks[0]), text.indexOf(marks[1]));
        return at < 0 ? new Span(0, 0) : new Span(at, at + 1);
    }

    private static boolean asks(String text) {
        return QUESTION.chars().anyMatch(q -> text.indexOf(q) >= 0);
    }

    private static Set<String> links(String text) {
        return WordNormaliser.anchorsIn(text).stream().filter(a -> !a.isNumber()).map(WordNormaliser.Anchor::key)
                .collect(Collectors.toSet());
    }
}
