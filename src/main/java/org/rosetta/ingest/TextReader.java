package org.rosetta.ingest;

import org.rosetta.model.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: blank lines separate blocks, lines within a block are joined, {@code #} lines are
 * headings, list markers are dropped. Link markup is left to the {@link Cleanup#LINKS} step.
 */
final class TextReader implements DocumentReader {

    private static final Pattern BLOCK_BREAK = Pattern.compile("\\R[ \\t\\u00A0]*\\R\\s*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+");
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+•]|\\d{1,3}[.)])[ \\t]+");

    @Override
    public List<RawBlock> read(String source, String where) {
        List<RawBlock> blocks = new ArrayList<>();
        Matcher breaks = BLOCK_BREAK.matcher(source);
        int start = 0;
        while (breaks.find()) {
            add(blocks, source, start, breaks.start());
            start = breaks.end();
        }
        add(blocks, source, start, source.length());
        return blocks;
    }

    private static void add(List<RawBlock> blocks, String source, int start, int end) {
        MappedText text = MappedText.of(source, start, end);
        if (text.isBlank()) {
            return;
        }
        Matcher heading = HEADING.matcher(text.text());
        Matcher item = LIST_MARKER.matcher(text.text());
        if (heading.find()) {
            blocks.add(new RawBlock(BlockKind.HEADING, text.slice(heading.end(), text.length())));
        } else if (item.find()) {
            blocks.add(new RawBlock(BlockKind.LIST_ITEM, text.slice(item.end(), text.length())));
        } else {
            blocks.add(new RawBlock(BlockKind.PARAGRAPH, text));
        }
    }
}
