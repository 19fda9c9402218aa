package org.entente.quality;

import org.entente.ingest.parse.PageParser;
import org.entente.ingest.parse.PageRejectedException;
import org.entente.ingest.parse.ParsedPage;

/** Turns a fetched page into the article text the enrich library reads, as ingest does in the pipeline. */
public interface HtmlArticleReader {

    /**
     * The parts of a page the evaluation needs.
     *
     * @param lang      null when the parser could not tell
     * @param rejection why the parser refused the page (then title and text are empty), or null
     */
    record ArticleText(String title, String text, String lang, String rejection) {}

    /** @param contentType the HTTP Content-Type when known, else null */
    ArticleText read(byte[] html, String contentType, String url);

    /** The ingest service's own parser, {@link PageParser}: a rejected page reads as empty, with its reason. */
    static HtmlArticleReader ingest() {
        final PageParser parser = new PageParser();
        return (html, contentType, url) -> {
            try {
                final ParsedPage page = parser.parse(html, contentType, url);
                return new ArticleText(page.headline(), page.body(), page.lang(), null);
            } catch (PageRejectedException e) {
                return new ArticleText("", "", null, e.getMessage());
            }
        };
    }
}
