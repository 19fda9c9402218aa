package org.entente.enrich.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the extraction library reads: one article's text, its language, its publication time and its publisher.
 *
 * @param id        article id
 * @param lang      ISO 639-1 code (ar, en, fr, ru), or null when unknown (the library then detects it)
 * @param title     headline, may be empty
 * @param text      body, paragraphs separated by a blank line
 * @param published publication time in the publisher's zone; every relative date resolves against it
 * @param source    the outlet that published the page ("Reuters", "SANA", "ТАСС", a host name), or null when
 *                  unknown: its own dateline and credit ("MINSK (Reuters) -", "تلقت سانا") are not entities
 */
public record Document(String id, String lang, String title, String text, ZonedDateTime published, String source) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        source = source == null || source.isBlank() ? null : source.strip();
    }

    /** A document whose publisher is unknown. */
    public Document(String id, String lang, String title, String text, ZonedDateTime published) {
        this(id, lang, title, text, published, null);
    }

    /** Title and body as one text, the title first; offsets of extracted items refer to this string. */
    public String fullText() {
        return title.isEmpty() ? text : title + "\n\n" + text;
    }
}
