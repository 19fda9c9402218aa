package org.entente.ingest.parse;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the page parser read from one HTML page.
 *
 * @param canonicalUrl    link rel=canonical, og:url, else the fetched URL (null when none is known)
 * @param source          outlet: og:site_name, JSON-LD publisher, else the canonical host (null when none is known)
 * @param lang            ISO 639-1 code: the page's lang attribute checked against detection from the body, or null
 * @param headline        headline without the site-name suffix ("" when none)
 * @param author          byline, or null
 * @param published       publication time in the zone the page gives, or null if none found
 * @param publishedSource where {@code published} came from: JSON_LD, META, TIME_ELEMENT, ITEMPROP, URL, DATELINE, or null
 * @param dateline        dateline place as written ("جنيف", "GENEVA", "МОСКВА"), or null
 * @param paragraphs      body paragraphs, boilerplate removed; never empty
 */
public record ParsedPage(String canonicalUrl, String source, String lang, String headline, String author,
                         ZonedDateTime published, String publishedSource, String dateline, List<String> paragraphs) {
    public ParsedPage {
        headline = headline == null ? "" : headline;
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
