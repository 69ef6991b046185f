package org.rosetta.ingest;

import org.rosetta.model.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.rosetta.model.BlockKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads HTML with jsoup, tracking source positions: headings, paragraphs, list items and table cells become blocks,
 * in page order; scripts, styles, navigation and forms are dropped; captions and footers are not body text. Text
 * keeps the offsets of its text nodes in the page (an entity such as {@code &amp;} maps onto its whole source).
 */
final class HtmlReader implements DocumentReader {

    private static final String DROPPED = "script, style, noscript, template, nav, form, button, iframe, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd, blockquote, pre, figcaption";

    @Override
    public boolean authorParagraphs() {
        return true;
    }

    @Override
    public List<RawBlock> read(String html, String where) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, Parser.htmlParser().setTrackPosition(true));
        page.select(DROPPED).remove();
        Walker walker = new Walker(html);
        NodeTraversor.traverse(walker, page.body());
        walker.flush();
        if (walker.blocks.stream().allMatch(b -> b.text().isBlank())) {
            throw new InputException(where + ": HTML page has no body text");
        }
        return walker.blocks;
    }

    /**
     * Walks the page in order: a block element without nested blocks becomes a block with its whole text; text that
     * is in no such element (a container's own words, a {@code div} of loose text) is gathered into a paragraph that
     * ends where a block-level element starts or ends, so no text of the page is lost.
     */
    private static final class Walker implements NodeVisitor {
        private final String html;
        private final List<RawBlock> blocks = new ArrayList<>();
        private final List<MappedText> loose = new ArrayList<>();
        private Element inside;
        private boolean titleSeen;

        Walker(String html) {
            this.html = html;
        }

        @Override
        public void head(Node node, int depth) {
            if (inside != null) {
                return;
            }
            if (node instanceof Element element) {
                if (element.is(BLOCKS) && element.select(BLOCKS).size() == 1) {
                    flush();
                    BlockKind kind = kindOf(element, titleSeen);
                    titleSeen |= kind == BlockKind.TITLE;
                    blocks.add(new RawBlock(kind, textOf(element, html)));
                    inside = element;
                } else if (element.isBlock() && element != element.ownerDocument().body()) {
                    flush();
                } else if (element.normalName().equals("br")) {
                    loose.add(MappedText.at(" ", Math.max(0, element.sourceRange().startPos()), 0));
                }
            } else if (node instanceof TextNode text) {
                loose.add(mapped(text, html));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == inside) {
                inside = null;
            } else if (inside == null && node instanceof Element element && element.isBlock()) {
                flush();
            }
        }

        void flush() {
            MappedText.Builder text = new MappedText.Builder();
            loose.forEach(text::append);
            loose.clear();
            MappedText gathered = text.build();
            if (!gathered.isBlank()) {
                blocks.add(new RawBlock(BlockKind.PARAGRAPH, gathered));
            }
        }
    }

    /** The element's text, node by node, each mapped to where the parser found it. */
    private static MappedText textOf(Element element, String html) {
        List<MappedText> pieces = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    pieces.add(mapped(text, html));
                } else if (node instanceof Element child && (child.normalName().equals("br")
                        || (child != element && child.isBlock()))) {
                    pieces.add(MappedText.at(" ", Math.max(0, child.sourceRange().startPos()), 0));
                }
            }
        }, element);
        MappedText.Builder text = new MappedText.Builder();
        pieces.forEach(text::append);
        return text.build();
    }

    private static MappedText mapped(TextNode node, String html) {
        String text = node.getWholeText();
        Range range = node.sourceRange();
        if (!range.isTracked()) {
            return MappedText.at(text, 0, 0);
        }
        int start = range.startPos();
        int end = Math.min(html.length(), range.endPos());
        if (end - start == text.length() && html.regionMatches(start, text, 0, text.length())) {
            return MappedText.of(html, start, end);
        }
        return MappedText.at(text, start, end - start);
    }

    private static BlockKind kindOf(Element element, boolean titleSeen) {
        if (element.closest("figcaption") != null) {
            return BlockKind.CAPTION;
        }
        if (element.closest("footer, aside") != null) {
            return BlockKind.BOILERPLATE;
        }
        return switch (element.normalName()) {
            case "h1" -> titleSeen ? BlockKind.HEADING : BlockKind.TITLE;
            case "h2", "h3", "h4", "h5", "h6", "dt" -> BlockKind.HEADING;
            case "li" -> BlockKind.LIST_ITEM;
            default -> BlockKind.PARAGRAPH;
        };
    }
}
