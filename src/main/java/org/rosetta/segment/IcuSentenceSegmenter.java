package org.rosetta.segment;

import org.rosetta.model.Block;
import org.rosetta.model.Document;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence segmentation with ICU's rule-based sentence break iterator for the document's language, with ICU's
 * abbreviation suppressions where they are whole words ({@link IcuBreaks}) and the project's own list per language
 * ({@link Abbreviations}: titles, months, {@code U.S.}, single initials), so "Dec. 4, 2017" and "Prof. Valeriu M.
 * Ciucă" stay whole. Thread-safe: each call creates its own iterators.
 */
public final class IcuSentenceSegmenter implements SentenceSegmenter {

    @Override
    public SegmentedDocument segment(Document document) {
        IcuBreaks sentences = new IcuBreaks(document.language());
        Abbreviations abbreviations = Abbreviations.of(document.language());
        boolean ordinals = ORDINAL_DOT_LANGUAGES.contains(document.language().primary());
        String text = document.text();
        List<Segment> segments = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int blockIndex = b;
            int offset = block.span().start();
            String blockText = block.span().of(text);
            int start = 0;
            for (int next : sentences.of(blockText)) {
                int end = next;
                if (end < blockText.length() && (abbreviations.endsWithAbbreviation(blockText, end)
                        || isEnumerator(blockText, start, end) || ordinals && isOrdinal(blockText, end))) {
                    continue; // "U.S. Congress", "54. During", "Zum 29. Jahrestag": not a sentence end
                }
                end = afterSpacedClosingQuote(blockText, end);
                if (continuesInLowerCase(blockText, end)) {
                    continue; // "« Vous venez ? » demanda-t-il", "(oder in der Schweiz!) haben"
                }
                int sentenceStart = start;
                start = end;
                for (int cut : ellipsisEnds(blockText, sentenceStart, end)) {
                    int piece = sentenceStart;
                    sentenceStart = cut;
                    trimmed(text, offset + piece, offset + cut).ifPresent(span ->
                            segments.add(new Segment(segments.size(), span, blockIndex, block.kind())));
                }
                trimmed(text, offset + sentenceStart, offset + end).ifPresent(span ->
                        segments.add(new Segment(segments.size(), span, blockIndex, block.kind())));
            }
        }
        return new SegmentedDocument(document, segments);
    }

    /**
     * Where an ellipsis ends a sentence inside ICU's sentence: "… We need", "... If we" (an ellipsis, white space,
     * a capital). ICU never breaks after an ellipsis; one followed by lower case ("steadfast... the goal") goes on.
     */
    private static List<Integer> ellipsisEnds(String text, int start, int end) {
        List<Integer> cuts = new ArrayList<>();
        java.util.regex.Matcher ellipsis = ELLIPSIS_END.matcher(text).region(start, end);
        while (ellipsis.find()) {
            cuts.add(ellipsis.end());
        }
        return cuts;
    }

    /**
     * French sets a space before a closing guillemet ("justice. »"); ICU breaks before it. Moves the break after a
     * closing quote that stands, after spaces, right at the break and is followed by space or the end.
     */
    private static int afterSpacedClosingQuote(String text, int end) {
        int at = end;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0'
                || text.charAt(at) == '\u202F')) {
            at++;
        }
        if (at < text.length() && "»”’\"".indexOf(text.charAt(at)) >= 0
                && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)))) {
            return at + 1;
        }
        return end;
    }

    /**
     * Whether the text after a break goes on in lower case: a question or exclamation inside a sentence, a quoted
     * one followed by who asked ("« Vous venez ? » demanda-t-il", "¿Vienes? preguntó"), or one in brackets ("(oder in
     * der Schweiz!) haben"). ICU breaks after every question and exclamation mark; after a full stop it already
     * goes on before lower case. Scripts without case never go on.
     */
    private static boolean continuesInLowerCase(String text, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.codePointAt(next));
    }

    /** A number and a full stop (or parenthesis) alone: a paragraph's or list item's number, part of its sentence. */
    private static boolean isEnumerator(String text, int start, int end) {
        return ENUMERATOR.matcher(text.substring(start, end).strip()).matches();
    }

    /** "29. Jahrestag", "am 3. Oktober": a number of one to three digits with a full stop, then a letter. */
    private static boolean isOrdinal(String text, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isLetter(text.codePointAt(next))
                && ORDINAL.matcher(text.substring(Math.max(0, end - 6), end)).find();
    }

    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile("\\(?\\p{Nd}{1,3}[.)]");
    private static final java.util.regex.Pattern ORDINAL =
            java.util.regex.Pattern.compile("(?<![\\p{Nd}.,])\\p{Nd}{1,3}\\.\\s*$");
    /** Languages that write ordinal numbers as a number with a full stop ("29. Jahrestag", "3. října"). */
    private static final java.util.Set<String> ORDINAL_DOT_LANGUAGES = java.util.Set.of("de", "da", "nb", "nn", "no",
            "fi", "is", "fo", "et", "lv", "lt", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "pl", "tr");

    private static final java.util.regex.Pattern ELLIPSIS_END =
            java.util.regex.Pattern.compile("(?:…|\\.\\.\\.)[\"”’»]?(?=\\s+\\p{Lu})");

    private static java.util.Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? java.util.Optional.empty() : java.util.Optional.of(new Span(start, end));
    }
}
