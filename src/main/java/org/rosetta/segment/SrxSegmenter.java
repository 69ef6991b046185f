package org.rosetta.segment;

import org.rosetta.model.Block;
import org.rosetta.model.Document;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Segmentation by SRX rules instead of ICU, so sentences split exactly as the user's CAT tool splits them: within
 * each block, every position where a rule's before-break pattern ends and its after-break pattern starts is decided
 * by the first such rule in the language's rule order (SRX's semantics); positions no rule claims do not break.
 * Thread-safe.
 */
public final class SrxSegmenter implements SentenceSegmenter {

    private final SrxRules rules;

    public SrxSegmenter(SrxRules rules) {
        this.rules = rules;
    }

    @Override
    public SegmentedDocument segment(Document document) {
        List<SrxRules.Rule> languageRules = rules.rulesFor(document.language());
        List<Segment> segments = new ArrayList<>();
        String text = document.text();
        for (int b = 0; b < document.blocks().size(); b++) {
            Block block = document.blocks().get(b);
            String blockText = block.span().of(text);
            int start = 0;
            for (int end : breaks(blockText, languageRules)) {
                add(segments, text, block, b, block.span().start() + start, block.span().start() + end);
                start = end;
            }
            add(segments, text, block, b, block.span().start() + start, block.span().end());
        }
        return new SegmentedDocument(document, segments);
    }

    private static List<Integer> breaks(String text, List<SrxRules.Rule> rules) {
        Map<Integer, Boolean> decided = new TreeMap<>();
        for (SrxRules.Rule rule : rules) {
            Matcher position = rule.position().matcher(text);
            while (position.find()) {
                int at = position.end();
                if (at > 0 && at < text.length()) {
                    decided.putIfAbsent(at, rule.breaks());
                }
                if (position.end() == position.start()) {
                    if (position.end() >= text.length()) {
                        break;
                    }
                    position.region(position.end() + 1, text.length());
                }
            }
        }
        return decided.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private static void add(List<Segment> segments, String text, Block block, int blockIndex, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            segments.add(new Segment(segments.size(), new Span(start, end), blockIndex, block.kind()));
        }
    }
}
