package org.rosetta.qa;

import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link QaCheck#TERMINOLOGY}: a glossary term found in the source (as whole words, normalised as the aligner
 * normalises them) whose renderings are all absent from the target. Stateless apart from the glossary.
 */
final class TerminologyCheck implements Checker {

    private final Glossary glossary;

    TerminologyCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String source = " " + String.join(" ", WordNormaliser.words(pair.sourceText())) + " ";
        String target = " " + String.join(" ", WordNormaliser.words(pair.targetText())) + " ";
        for (Map<Language, List<String>> entry : glossary.entries()) {
            List<String> terms = entry.getOrDefault(pair.source(), List.of());
            List<String> renderings = entry.getOrDefault(pair.target(), List.of());
            if (renderings.isEmpty()) {
                continue;
            }
            for (String term : terms) {
                if (source.contains(" " + normal(term) + " ") && renderings.stream()
                        .noneMatch(r -> target.contains(" " + normal(r) + " "))) {
                    findings.add(Finding.of(QaCheck.TERMINOLOGY, pair, "'" + term + "' should be rendered "
                            + String.join(" or ", renderings.stream().map(r -> "'" + r + "'").toList()),
                            spanOf(pair.sourceText(), term), Optional.empty()));
                    break;
                }
            }
        }
        return findings;
    }

    private static String normal(String phrase) {
        return String.join(" ", WordNormaliser.words(phrase));
    }

    private static Optional<Span> spanOf(String text, String term) {
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(term.toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? Optional.empty() : Optional.of(new Span(at, at + term.length()));
    }
}
