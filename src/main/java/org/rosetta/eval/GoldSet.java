package org.rosetta.eval;

import org.rosetta.model.Language;

import java.util.List;

/** A gold alignment set: a language pair and its documents, in file-name order. */
public record GoldSet(String name, Language source, Language target, List<GoldDocument> documents) {

    public GoldSet {
        documents = List.copyOf(documents);
    }
}
