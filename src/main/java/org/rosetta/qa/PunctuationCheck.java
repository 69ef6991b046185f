package org.rosetta.qa;

import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link QaCheck#PUNCTUATION}: brackets and quotes that the source balances and the target leaves open, a question
 * in one language and a statement in the other (any script's question mark), and URLs, e-mail addresses and
 * hashtags of either side missing from the other. Stateless.
 */
final class PunctuationCheck implements Checker {

    /** Opening and closing marks; a quote that opens and closes with the same mark is counted in pairs. */
    private static final String[][] PAIRS = {{"(", ")"}, {"[", "]"}, {"«", "»"}, {"“", "”"}, {"（", "）"},
            {"「", "」"}, {"\"", "\""}};
    private static final String QUESTION = "?؟？";

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String source = pair.sourceText();
        String target = pair.targetText();
        for (String[] marks : PAIRS) {
            if (balanced(source, marks) && !balanced(target, marks)) {
                findings.add(Finding.of(QaCheck.PUNCTUATION, pair, "unbalanced " + marks[0] + marks[1] + " in the "
                        + pair.target(), Optional.empty(), Optional.of(firstOf(target, marks))));
            }
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

    private static boolean balanced(String text, String[] marks) {
        if (marks[0].equals(marks[1])) {
            return count(text, marks[0]) % 2 == 0;
        }
        return count(text, marks[0]) == count(text, marks[1]);
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
