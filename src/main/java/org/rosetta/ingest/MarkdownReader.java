package org.rosetta.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.rosetta.model.BlockKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads Markdown as {@link TextReader} reads plain text (blank lines, scraped one-paragraph lines, {@code #}
 * headings, list items), leaving out of the text what CommonMark (commonmark-java, with source positions) parses as
 * syntax: emphasis delimiters ({@code **}, {@code _}), code backticks, escaping backslashes, raw HTML tags (the
 * text between an HTML block's tags stays); a line that is syntax alone, a thematic break ({@code ---}) or a setext
 * heading's underline (the line above read as a heading), ends a block as a blank line does. Links and images are
 * left to {@link Cleanup#LINKS}, as in scraped text of any format. Offsets still point into the file. Stateless
 * and thread-safe.
 */
final class MarkdownReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final TextReader TEXT = new TextReader();

    @Override
    public List<RawBlock> read(String source, String where) {
        Syntax syntax = new Syntax(source);
        PARSER.parse(source).accept(syntax);
        // lines that are syntax alone (a thematic break, a setext underline) read as blank lines: they end a block
        char[] masked = source.toCharArray();
        syntax.lines.stream().forEach(at -> masked[at] = ' ');
        List<RawBlock> blocks = new ArrayList<>();
        for (RawBlock block : TEXT.read(new String(masked), where)) {
            MappedText text = block.text().without(syntax.markup);
            if (!text.isBlank()) {
                boolean heading = block.kind() == BlockKind.PARAGRAPH
                        && syntax.headings.get(block.text().sourceStart());
                blocks.add(new RawBlock(heading ? BlockKind.HEADING : block.kind(), text, block.boundary()));
            }
        }
        return blocks;
    }

    /**
     * The source offsets of Markdown syntax within text, those of lines that are syntax alone, and those where a
     * setext heading's first line starts.
     */
    private static final class Syntax extends AbstractVisitor {
        final BitSet markup = new BitSet();
        final BitSet lines = new BitSet();
        final BitSet headings = new BitSet();
        private final String source;

        Syntax(String source) {
            this.source = source;
        }

        /** A backslash that escapes ASCII punctuation ("\\*", "\\(") is syntax; the character it escapes is text. */
        @Override
        public void visit(Text text) {
            for (SourceSpan span : text.getSourceSpans()) {
                int end = span.getInputIndex() + span.getLength();
                for (int at = span.getInputIndex(); at + 1 < end; at++) {
                    char next = source.charAt(at + 1);
                    if (source.charAt(at) == '\\' && next < 128 && isPunctuation(next)) {
                        markup.set(at);
                        at++;
                    }
                }
            }
        }

        @Override
        public void visit(Emphasis emphasis) {
            delimiters(emphasis, emphasis.getOpeningDelimiter(), emphasis.getClosingDelimiter());
            visitChildren(emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            delimiters(strong, strong.getOpeningDelimiter(), strong.getClosingDelimiter());
            visitChildren(strong);
        }

        @Override
        public void visit(Code code) {
            List<SourceSpan> spans = code.getSourceSpans();
            if (!spans.isEmpty()) { // the run of backticks that opens it, and the same run closing it
                int start = spans.getFirst().getInputIndex();
                int ticks = 0;
                while (start + ticks < source.length() && source.charAt(start + ticks) == '`') {
                    ticks++;
                }
                delimiters(code, "`".repeat(ticks), "`".repeat(ticks));
            }
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            for (SourceSpan span : thematicBreak.getSourceSpans()) {
                lines.set(span.getInputIndex(), span.getInputIndex() + span.getLength());
            }
        }

        /** An HTML block's tags go; the text between them (a {@code <div>}'s paragraph) stays. */
        @Override
        public void visit(HtmlBlock html) {
            for (SourceSpan span : html.getSourceSpans()) {
                int end = span.getInputIndex() + span.getLength();
                for (int at = span.getInputIndex(); at < end; at++) {
                    if (source.charAt(at) == '<') {
                        int close = source.indexOf('>', at);
                        int stop = close < 0 || close >= end ? end : close + 1;
                        markup.set(at, stop);
                        at = stop - 1;
                    }
                }
            }
        }

        @Override
        public void visit(HtmlInline html) {
            mark(html);
        }

        @Override
        public void visit(Heading heading) {
            List<SourceSpan> spans = heading.getSourceSpans();
            Node text = heading.getFirstChild();
            if (spans.size() >= 2 && text != null) { // setext: its lines of text, then the underline
                SourceSpan underline = spans.getLast();
                lines.set(underline.getInputIndex(), underline.getInputIndex() + underline.getLength());
                headings.set(spans.getFirst().getInputIndex());
            }
            visitChildren(heading);
        }

        private void mark(Node node) {
            for (SourceSpan span : node.getSourceSpans()) {
                markup.set(span.getInputIndex(), span.getInputIndex() + span.getLength());
            }
        }

        private static boolean isPunctuation(char c) {
            return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }

        /** The opening delimiter at the node's start and the closing one at its end. */
        private void delimiters(Node node, String opening, String closing) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int start = spans.getFirst().getInputIndex();
            SourceSpan last = spans.getLast();
            int end = last.getInputIndex() + last.getLength();
            markup.set(start, start + opening.length());
            markup.set(end - closing.length(), end);
        }
    }
}
