package org.entente.quality;

/**
 * Turns a fetched page into the article text the enrich library reads, as ingest does in the pipeline.
 * {@link #INGEST} is the ingest parser.
 */
public interface HtmlArticleReader {

    /** The parts of a page the evaluation needs; {@code lang} may be null when the parser could not tell. */
    record ArticleText(String title, String text, String lang) {}

    ArticleText read(byte[] html, String contentType, String url);

    /** Until ingest's parser is part of the build, pages cannot be read: say so rather than score nothing. */
    HtmlArticleReader INGEST = (html, contentType, url) -> {
        throw new UnsupportedOperationException(
                "records with html need the ingest parser (org.entente.ingest.parse.PageParser), not in this build yet");
    };
}
