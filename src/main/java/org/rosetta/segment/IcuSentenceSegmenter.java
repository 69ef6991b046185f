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
 * Ciucă" stay whole; German's spaced "z. B." too. A question or exclamation followed by lower case goes on
 * ("« Vous venez ? » demanda-t-il"). Thread-safe: each call creates its own iterators.
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
                        || isSpacedAbbreviation(blockText, end) || isEnumerator(blockText, start, end)
                        || ordinals && isOrdinal(blockText, end))) {
                    continue; // "U.S. Congress", "54. During", "Zum 29. Jahrestag": not a sentence end
                }
                end = afterSpacedClosingQuote(blockText, end);
                if (continuesInLowerCase(blockText, start, end)) {
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
        if (at < text.length() && CLOSING_QUOTES.indexOf(text.charAt(at)) >= 0
                && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)))) {
            return at + 1;
        }
        return end;
    }

    /**
     * Whether a question or exclamation goes on after the break: a quoted one followed by who asked ("« Vous
     * venez ? » demanda-t-il", "« Vous venez ? », demanda-t-il", "¿Vienes? preguntó"), or one in brackets ("(oder
     * in der Schweiz!) haben"). ICU ends a sentence at a question or exclamation mark whatever follows (after a
     * full stop it goes on before lower case already). The mark must stand right before the break, closing quotes
     * and brackets aside; after it, closing quotes, brackets, a comma or semicolon aside, the next word must be in
     * lower case, and neither the next item of a list ("b.", "ii)") nor a name with a capital inside ("iPhone").
     * Scripts without case never go on.
     */
    private static boolean continuesInLowerCase(String text, int start, int end) {
        int before = end;
        while (before > start && (Character.isWhitespace(text.charAt(before - 1))
                || CLOSING.indexOf(text.charAt(before - 1)) >= 0)) {
            before--;
        }
        if (before == start || QUESTION_OR_EXCLAMATION.indexOf(text.charAt(before - 1)) < 0) {
            return false;
        }
        int next = end;
        while (next < text.length() && (Character.isWhitespace(text.charAt(next))
                || CLOSING.indexOf(text.charAt(next)) >= 0 || text.charAt(next) == ',' || text.charAt(next) == ';')) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.codePointAt(next))
                && !LIST_ITEM_OR_INNER_CAPITAL.matcher(text).region(next, text.length()).lookingAt();
    }

    /** Closing quotation marks. */
    private static final String CLOSING_QUOTES = "»”’\"";
    private static final String CLOSING = CLOSING_QUOTES + "')]}›";
    private static final String QUESTION_OR_EXCLAMATION = "?!‽‼⁇⁈⁉";
    /** "b. Has he ...", "ii) ...", "iPhone", "eBay": no sentence goes on in them. */
    private static final java.util.regex.Pattern LIST_ITEM_OR_INNER_CAPITAL =
            java.util.regex.Pattern.compile("(?:\\p{Ll}|[ivx]{1,4})[.)](?!\\p{L})|\\p{Ll}+\\p{Lu}");

    /**
     * "z. B.", "d. h.", "u. a.", "e. g.": a lone lower-case letter with a full stop, right before another piece of
     * one or two letters with one: an abbreviation written with spaces, as Duden writes German's. A lone letter
     * before a word ("0,3 s. Danach", "Buchstabe d. Die") still ends its sentence.
     */
    private static boolean isSpacedAbbreviation(String text, int end) {
        int stop = end;
        while (stop > 0 && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        boolean loneLetter = stop >= 2 && text.charAt(stop - 1) == '.' && Character.isLowerCase(text.charAt(stop - 2))
                && (stop == 2 || !Character.isLetterOrDigit(text.charAt(stop - 3)) && text.charAt(stop - 3) != '.');
        return loneLetter && NEXT_PIECE.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern NEXT_PIECE = java.util.regex.Pattern.compile("\\p{L}{1,2}\\.");

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
