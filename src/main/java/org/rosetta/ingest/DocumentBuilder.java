package org.rosetta.ingest;

import com.ibm.icu.text.Normalizer2;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Accumulates blocks of text into a {@link Document}: NFC-normalised, white space collapsed, blank lines between. */
final class DocumentBuilder {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    void add(BlockKind kind, String raw) {
        String clean = NFC.normalize(raw).replaceAll("[\\s\\u00A0]+", " ").strip();
        if (clean.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(clean);
        blocks.add(new Block(kind, new Span(start, text.length())));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    Document build(String id, Language language, String source) {
        return new Document(id, language, source, text.toString(), blocks);
    }
}
