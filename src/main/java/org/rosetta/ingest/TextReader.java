package org.rosetta.ingest;

import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;

import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: blank lines separate paragraphs, {@code #} lines are headings, list markers are
 * dropped, Markdown links keep their text and lose their target.
 */
public final class TextReader implements DocumentReader {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINK = Pattern.compile("!?\\[((?:\\\\.|[^\\]\\\\])*)]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");

    @Override
    public Document read(String text, String id, Language language, String source) {
        DocumentBuilder builder = new DocumentBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String plain = ESCAPE.matcher(LINK.matcher(paragraph.strip()).replaceAll("$1")).replaceAll("$1");
            if (HEADING.matcher(plain).find()) {
                builder.add(BlockKind.HEADING, HEADING.matcher(plain).replaceFirst(""));
            } else if (LIST_MARKER.matcher(plain).find()) {
                builder.add(BlockKind.LIST_ITEM, LIST_MARKER.matcher(plain).replaceFirst(""));
            } else {
                builder.add(BlockKind.PARAGRAPH, plain);
            }
        }
        if (builder.isEmpty()) {
            throw new InputException(source + ": no text");
        }
        return builder.build(id, language, source);
    }
}
