package org.rosetta.query;

import org.rosetta.model.Language;

import java.util.Optional;

/**
 * A search: Lucene query syntax, in one language or (empty) all, stemmed or exact, one page of results.
 *
 * @param page  from 0
 * @param scope the collection and document searched (all when empty)
 */
public record SearchRequest(String query, Optional<Language> language, Match match, int page, int pageSize,
                            Scope scope) {

    /** Where to search: one collection, one document of it, or everything. */
    public record Scope(Optional<String> collection, Optional<String> document) {

        public static final Scope ALL = new Scope(Optional.empty(), Optional.empty());
    }

    public SearchRequest(String query, Optional<Language> language, Match match, int page, int pageSize) {
        this(query, language, match, page, pageSize, Scope.ALL);
    }

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty query");
        }
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page must be >= 1 and page size >= 1");
        }
    }

    public SearchRequest(String query, Optional<Language> language, int page, int pageSize) {
        this(query, language, Match.STEMMED, page, pageSize);
    }
}
