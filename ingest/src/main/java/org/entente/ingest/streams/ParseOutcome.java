package org.entente.ingest.streams;

import org.entente.ingest.parse.PageRejectedException;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.FetchedPage;

/** What parsing one page gave: an article, or the reason it is a dead letter. Lives only between two processors. */
record ParseOutcome(FetchedPage page, Article article, String reason, String detail) {

    static ParseOutcome parsed(FetchedPage page, Article article) {
        return new ParseOutcome(page, article, null, null);
    }

    static ParseOutcome rejected(FetchedPage page, PageRejectedException e) {
        return new ParseOutcome(page, null, e.reason().name(), e.detail());
    }

    static ParseOutcome failed(FetchedPage page, Throwable t) {
        return new ParseOutcome(page, null, "PARSER_FAILURE", t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    boolean isArticle() {
        return article != null;
    }
}
