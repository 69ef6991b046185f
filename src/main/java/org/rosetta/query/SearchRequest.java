package org.rosetta.query;

import org.rosetta.model.Language;

import java.util.Optional;

/**
 * A search: Lucene query syntax, in one language or (empty) all, one page of results.
 *
 * @param page from 0
 */
public record SearchRequest(String query, Optional<Language> language, int page, int pageSize) {

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty query");
        }
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page must be >= 0 and page size >= 1");
        }
    }
}
