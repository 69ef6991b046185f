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
 * map of every character kept.
 */
final class DocumentBuilder {

    static Document build(String id, Language language, String source, List<RawBlock> raw) {
        MappedText.Builder builder = new MappedText.Builder();
        List<Block> blocks = new ArrayList<>();
        for (RawBlock block : raw) {
            MappedText clean = block.text().collapseWhiteSpace();
            if (clean.isBlank()) {
                continue;
            }
            if (builder.length() > 0) {
                builder.append(MappedText.at("\n\n", Math.max(0, clean.sourceStart()), 0));
            }
            int start = builder.length();
            builder.append(clean);
            blocks.add(new Block(block.kind(), new Span(start, builder.length()), block.boundary()));
        }
        MappedText text = builder.build();
        int[][] runs = text.runArrays();
        return new Document(id, language, source, text.text(), blocks,
                new SourceMap(runs[0], runs[1], runs[2], runs[3]));
    }

    private DocumentBuilder() {
    }
}
