package org.rosetta.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;

/**
 * Reads HTML with jsoup: headings, paragraphs, list items and table cells become blocks, in page order; scripts,
 * styles, navigation and forms are dropped; captions and footers become {@link BlockKind#BOILERPLATE}.
 */
public final class HtmlReader implements DocumentReader {

    private static final String DROPPED = "script, style, noscript, template, nav, form, button, iframe, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd, blockquote, pre, figcaption";

    @Override
    public Document read(String html, String id, Language language, String source) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select(DROPPED).remove();
        DocumentBuilder builder = new DocumentBuilder();
        boolean titleSeen = false;
        for (Element element : page.body().select(BLOCKS)) {
            if (!element.select(BLOCKS).stream().allMatch(e -> e == element)) {
                continue; // a container of other blocks: its children are read instead
            }
            BlockKind kind = kindOf(element, titleSeen);
            titleSeen |= kind == BlockKind.TITLE;
            builder.add(kind, element.text());
        }
        if (builder.isEmpty()) {
            builder.add(BlockKind.PARAGRAPH, page.body().text());
        }
        if (builder.isEmpty()) {
            throw new InputException(source + ": HTML page has no body text");
        }
        return builder.build(id, language, source);
    }

    private static BlockKind kindOf(Element element, boolean titleSeen) {
        if (element.closest("footer, figcaption, aside") != null) {
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
