package org.entente.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.entente.ingest.dedupe.SimHash;
import org.entente.ingest.parse.ParsedPage;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.FetchedPage;

/** A {@link ParsedPage} and the {@link FetchedPage} it came from → the {@link Article} written to news.articles. */
public final class ArticleBuilder {
    private ArticleBuilder() {}

    public static Article build(ParsedPage parsed, FetchedPage page) {
        final String url = parsed.canonicalUrl() != null ? parsed.canonicalUrl() : page.getUrl();
        final Instant fetchedAt = page.getFetchedAt() == null ? Instant.EPOCH : page.getFetchedAt();
        final ZonedDateTime published = parsed.published() != null ? parsed.published()
                : fetchedAt.atZone(ZoneOffset.UTC);
        final String publishedSource = parsed.published() != null ? parsed.publishedSource() : "FETCH_TIME";
        return Article.newBuilder()
                .setId(ArticleIds.of(url))
                .setUrl(url)
                .setSource(source(parsed, page, url))
                .setLanguage(parsed.lang())
                .setTitle(parsed.headline())
                .setAuthor(parsed.author())
                .setPublished(published.toInstant())
                .setPublishedZone(zoneText(published))
                .setPublishedSource(publishedSource)
                .setDateline(parsed.dateline())
                .setParagraphs(parsed.paragraphs())
                .setContentHash(SimHash.hex(SimHash.of(parsed.body())))
                .setFetchedAt(fetchedAt)
                .build();
    }

    /** The page's own name for its outlet; else the producer's; else the canonical host the parser fell back to. */
    static String source(ParsedPage parsed, FetchedPage page, String url) {
        final String host = host(url);
        final boolean parsedIsHost = parsed.source() == null || parsed.source().equals(host);
        if (parsedIsHost && page.getSource() != null && !page.getSource().isBlank()) {
            return page.getSource();
        }
        if (parsed.source() != null) {
            return parsed.source();
        }
        return host == null ? "unknown" : host;
    }

    private static String host(String url) {
        try {
            final String h = java.net.URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String zoneText(ZonedDateTime t) {
        final String id = t.getZone().getId();
        return id.equals("Z") ? "UTC" : id;
    }
}
