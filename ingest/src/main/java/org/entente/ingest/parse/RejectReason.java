package org.entente.ingest.parse;

/** Why a page yields no article; the ingest service writes it to the dead-letter headers. */
public enum RejectReason {
    /** The body is not HTML (binary, an image, a PDF, JSON, ...). */
    NOT_HTML,
    /** No bytes, or only whitespace. */
    EMPTY,
    /** Over the size cap, or over the decompression cap when the body was compressed. */
    TOO_LARGE,
    /** No charset decodes the bytes into plausible text. */
    UNDECODABLE,
    /** HTML, but nothing on it reads as an article body (script-only, navigation-only, a login wall). */
    NO_ARTICLE_TEXT,
    /** Markup nested deeper than the parser accepts (a hostile page that would make parsing quadratic). */
    TOO_COMPLEX
}
