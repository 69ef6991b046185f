package org.rosetta.ingest;

import org.rosetta.model.Block;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.SourceMap;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles cleaned blocks into a {@link Document}: blank lines between blocks, white space collapsed, the source
 * map of every character kept. A block left empty by cleaning is dropped, and a paragraph break before it passes to
 * the next block; the first block follows a paragraph break.
 */
final class DocumentBuilder {

    static Document build(String id, Language language, String source, List<RawBlock> raw) {
        MappedText.Builder builder = new MappedText.Builder();
        List<Block> blocks = new ArrayList<>();
        boolean paragraphBreak = true; // the first block's, or one a dropped block carried
        for (RawBlock block : raw) {
            MappedText clean = block.text().collapseWhiteSpace();
            paragraphBreak |= block.boundary() == Block.Boundary.PARAGRAPH;
            if (clean.isBlank()) {
                continue;
            }
            if (builder.length() > 0) {
                builder.append(MappedText.at("\n\n", Math.max(0, clean.sourceStart()), 0));
            }
            int start = builder.length();
            builder.append(clean);
            blocks.add(new Block(block.kind(), new Span(start, builder.length()),
                    paragraphBreak ? Block.Boundary.PARAGRAPH : Block.Boundary.LINE));
            paragraphBreak = false;
        }
        MappedText text = builder.build();
        int[][] runs = text.runArrays();
        return new Document(id, language, source, text.text(), blocks,
                new SourceMap(runs[0], runs[1], runs[2], runs[3]));
    }

    private DocumentBuilder() {
    }
}
