package org.entente.ingest.parse;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of a page read from its head and markup, before the body is extracted: canonical URL, source,
 * declared language, headline, author, and publication time in the issue's order of trust (JSON-LD
 * {@code datePublished}, {@code article:published_time} and similar meta tags, {@code <time datetime>},
 * {@code itemprop=datePublished}, a date in the URL path). The dateline is the last resort and is read later,
 * from the body.
 */
record PageMetadata(String canonicalUrl, String source, String declaredLang, String headline, String author,
                    ZonedDateTime published, String publishedSource) {

    private static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "og:published_time", "published_time",
        "datePublished", "date.published", "pubdate", "publishdate", "publish-date", "publish_date",
        "article.published", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.created", "dc.date",
        "dcterms.date", "date", "article_date_original", "cxenseparse:recs:publishtime", "citation_publication_date"};
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");
    private static final Pattern URL_DATE_DMY = Pattern.compile(
            "/(0[1-9]|[12]\\d|3[01])/(0[1-9]|1[0-2])/((?:19|20)\\d{2})/");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—:»·•]\\s+|\\s*\\|\\s*|\\s+::\\s+");

    static PageMetadata of(Document doc, String fetchedUrl) {
        final JsonLd ld = JsonLd.of(doc);
        final String canonical = canonicalUrl(doc, fetchedUrl);
        final String siteName = firstNonBlank(meta(doc, "og:site_name"), ld.name("publisher").orElse(null),
                meta(doc, "application-name"), meta(doc, "twitter:site"));
        final String host = host(canonical);
        final String source = siteName != null ? siteName.replaceFirst("^@", "") : host;
        final String declaredLang = declaredLang(doc);
        final String headline = headline(doc, ld, siteName, host);
        final String author = author(doc, ld);
        ZonedDateTime published = null;
        String publishedSource = null;
        final Optional<ZonedDateTime> fromLd = ld.text("datePublished").flatMap(DateParsing::parse);
        if (fromLd.isPresent()) {
            published = fromLd.get();
            publishedSource = "JSON_LD";
        } else {
            for (String[] step : new String[][] {{"META"}, {"TIME_ELEMENT"}, {"ITEMPROP"}, {"URL"}}) {
                final Optional<ZonedDateTime> t = switch (step[0]) {
                    case "META" -> fromMeta(doc);
                    case "TIME_ELEMENT" -> fromTimeElement(doc);
                    case "ITEMPROP" -> fromItemprop(doc);
                    default -> fromUrl(canonical, fetchedUrl);
                };
                if (t.isPresent()) {
                    published = t.get();
                    publishedSource = step[0];
                    break;
                }
            }
        }
        return new PageMetadata(canonical, source, declaredLang, headline, author, published, publishedSource);
    }

    /** The first non-empty content of a meta tag by property, name, itemprop or http-equiv (case-insensitive). */
    static String meta(Document doc, String key) {
        return metaTags(doc).get(key.toLowerCase(Locale.ROOT));
    }

    private static final String META_CACHE = "entente.meta";

    /** All meta tags of the page, read once and kept on the document. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> metaTags(Document doc) {
        final Object cached = doc.attributes().userData(META_CACHE);
        if (cached instanceof java.util.Map<?, ?> m) {
            return (java.util.Map<String, String>) m;
        }
        final java.util.Map<String, String> tags = new java.util.HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            final String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                final String k = m.attr(attr);
                if (!k.isBlank()) {
                    tags.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v);
                }
            }
        }
        doc.attributes().userData(META_CACHE, tags);
        return tags;
    }

    private static String canonicalUrl(Document doc, String fetchedUrl) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            final String abs = absolute(link.attr("abs:href"), link.attr("href"), fetchedUrl);
            if (abs != null) {
                return abs;
            }
        }
        final String og = meta(doc, "og:url");
        final String abs = absolute(og, og, fetchedUrl);
        if (abs != null) {
            return abs;
        }
        return fetchedUrl == null || fetchedUrl.isBlank() ? null : fetchedUrl;
    }

    private static String absolute(String resolved, String raw, String base) {
        for (String candidate : new String[] {resolved, raw}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI u = URI.create(candidate.strip().replace(" ", "%20"));
                if (!u.isAbsolute() && base != null) {
                    u = URI.create(base).resolve(u);
                }
                final String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                    return u.toString();
                }
            } catch (IllegalArgumentException e) {
                // not a URL: try the next
            }
        }
        return null;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            final String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String declaredLang(Document doc) {
        final String raw = firstNonBlank(doc.select("html[lang]").attr("lang"), doc.select("html[xml:lang]").attr("xml:lang"),
                meta(doc, "content-language"), meta(doc, "og:locale"), meta(doc, "language"));
        if (raw == null) {
            return null;
        }
        final String code = raw.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return code.length() == 2 || code.length() == 3 ? code : null;
    }

    private static String headline(Document doc, JsonLd ld, String siteName, String host) {
        final String og = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"));
        final String title = doc.title().isBlank() ? null : doc.title();
        String h1 = null;
        for (Element e : doc.select("h1")) {
            final String t = clean(e.text());
            if (t.length() >= 8) {
                h1 = t;
                break;
            }
        }
        final String raw = firstNonBlank(og, ld.text("headline").orElse(null), h1, title);
        if (raw == null) {
            return "";
        }
        return stripSiteName(clean(raw), siteName, host);
    }

    /** Removes a "| Site", "- Site", "Site :" affix naming the outlet (or, with no known name, a short last segment). */
    static String stripSiteName(String title, String siteName, String host) {
        final List<String> parts = new ArrayList<>();
        final List<int[]> seps = new ArrayList<>();
        final Matcher m = TITLE_SEPARATORS.matcher(title);
        int start = 0;
        while (m.find()) {
            parts.add(title.substring(start, m.start()));
            seps.add(new int[] {m.start(), m.end()});
            start = m.end();
        }
        parts.add(title.substring(start));
        if (parts.size() < 2) {
            return title;
        }
        final String last = parts.get(parts.size() - 1).strip();
        final String first = parts.get(0).strip();
        if (namesSite(last, siteName, host)) {
            return title.substring(0, seps.get(seps.size() - 1)[0]).strip();
        }
        if (namesSite(first, siteName, host)) {
            return title.substring(seps.get(0)[1]).strip();
        }
        return title;
    }

    private static boolean namesSite(String segment, String siteName, String host) {
        final String s = squash(segment);
        if (s.isEmpty()) {
            return false;
        }
        if (siteName != null && !squash(siteName).isEmpty()) {
            final String n = squash(siteName);
            if (s.equals(n) || (s.length() >= 3 && (n.contains(s) || s.contains(n)))) {
                return true;
            }
        }
        if (host != null) {
            final String hostName = squash(host.replaceFirst("\\.[a-z]{2,3}(\\.[a-z]{2})?$", ""));
            return !hostName.isEmpty() && s.length() >= 3 && (s.contains(hostName) || hostName.contains(s));
        }
        return false;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String author(Document doc, JsonLd ld) {
        final Optional<String> fromLd = ld.name("author");
        if (fromLd.isPresent()) {
            return fromLd.get();
        }
        final String m = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "byl"),
                meta(doc, "sailthru.author"), meta(doc, "parsely-author"), meta(doc, "dc.creator"));
        if (m != null && !m.startsWith("http")) {
            return clean(m.replaceFirst("(?i)^by\\s+", ""));
        }
        for (Element e : doc.select("[itemprop=author], [rel=author], .byline, .author, [class*=byline]")) {
            final String t = clean(e.text()).replaceFirst("(?i)^by\\s+", "");
            if (!t.isEmpty() && t.length() <= 100) {
                return t;
            }
        }
        return null;
    }

    private static Optional<ZonedDateTime> fromMeta(Document doc) {
        for (String key : PUBLISHED_META) {
            final Optional<ZonedDateTime> t = DateParsing.parse(meta(doc, key));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZonedDateTime> fromTimeElement(Document doc) {
        final org.jsoup.select.Elements preferred = doc.select("article time[datetime], time[pubdate][datetime], time[datetime]");
        for (Element e : preferred) {
            final Optional<ZonedDateTime> t = DateParsing.parse(e.attr("datetime"));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZonedDateTime> fromItemprop(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished]")) {
            final Optional<ZonedDateTime> t = DateParsing.parse(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZonedDateTime> fromUrl(String... urls) {
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            final String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
            Matcher m = URL_DATE.matcher(path);
            if (m.find()) {
                return DateParsing.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
            }
            m = URL_DATE_DMY.matcher(path);
            if (m.find()) {
                return DateParsing.parse(m.group(3) + "-" + m.group(2) + "-" + m.group(1));
            }
        }
        return Optional.empty();
    }

    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
