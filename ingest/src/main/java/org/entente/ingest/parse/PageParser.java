package org.entente.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.entente.text.LanguageDetector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page bytes → {@link ParsedPage}: the one parser behind the ingest service, {@code entente parse} and
 * {@code entente evaluate}. Thread-safe and stateless apart from its limits.
 *
 * <p>Checks, in order: empty; over the size cap; gzip-compressed bodies are inflated up to the decompression cap;
 * binary content by magic number or NUL bytes; a Content-Type that is not HTML or text; charset
 * ({@link PageDecoder}); markup present; nesting depth. Then Jsoup parses the text, {@link PageMetadata} reads
 * the head, {@link BodyExtractor} finds the body, {@link BoilerplateFilter} drops leftover furniture, the
 * language is detected on the body and the dateline read from its first paragraphs.
 */
public final class PageParser {

    /** Caps on what a page may cost. */
    public record Limits(int maxBytes, int maxDecompressedBytes, int maxDepth, int minBodyLetters) {
        public static final Limits DEFAULT = new Limits(10 * 1024 * 1024, 20 * 1024 * 1024, 2_000, 50);
    }

    private static final Set<String> ACCEPTED_MIME = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "application/xml", "text/xml", "application/octet-stream", "application/x-httpd-php", "");
    private static final LanguageDetector LANGUAGES = LanguageDetector.getDefault();

    private final Limits limits;

    public PageParser() {
        this(Limits.DEFAULT);
    }

    public PageParser(Limits limits) {
        this.limits = limits;
    }

    public ParsedPage parse(byte[] body, String contentType, String url) throws PageRejectedException {
        return parse(body, contentType, url, null, null);
    }

    /**
     * As {@link #parse(byte[], String, String)}, with a charset the producer believes the body uses and the fetch
     * time, which places a dateline's day and month ("GENEVA, Sept 10") in a year when nothing else dates the page.
     */
    public ParsedPage parse(byte[] body, String contentType, String url, String charsetHint, Instant fetchedAt)
            throws PageRejectedException {
        if (body == null || body.length == 0) {
            throw new PageRejectedException(RejectReason.EMPTY, "no bytes");
        }
        if (body.length > limits.maxBytes()) {
            throw new PageRejectedException(RejectReason.TOO_LARGE,
                    body.length + " bytes over the cap of " + limits.maxBytes());
        }
        final byte[] bytes = isGzip(body) ? gunzip(body) : body;
        checkContentType(contentType);
        checkNotBinary(bytes);
        final PageDecoder.Decoded decoded = PageDecoder.decode(bytes, contentType, charsetHint);
        final String html = decoded.text();
        if (html.isBlank()) {
            throw new PageRejectedException(RejectReason.EMPTY, "only whitespace");
        }
        if (!looksLikeMarkup(html)) {
            throw new PageRejectedException(RejectReason.NOT_HTML, "no HTML markup in the text");
        }
        final int depth = nestingDepth(html);
        if (depth > limits.maxDepth()) {
            throw new PageRejectedException(RejectReason.TOO_COMPLEX,
                    "tags nested " + depth + " deep, over the cap of " + limits.maxDepth());
        }
        final Document doc = Jsoup.parse(html, url == null ? "" : url);
        return extract(doc, url, fetchedAt);
    }

    private ParsedPage extract(Document doc, String url, Instant fetchedAt) throws PageRejectedException {
        final PageMetadata meta = PageMetadata.of(doc, url);
        final Element body = doc.body();
        if (body == null) {
            throw new PageRejectedException(RejectReason.NO_ARTICLE_TEXT, "no body element");
        }
        final BodyExtractor.Body extracted = BodyExtractor.extract(body);
        final String detectedOnRaw = LANGUAGES.detect(String.join("\n", extracted.paragraphs())).orElse(null);
        final String lang = language(meta.declaredLang(), detectedOnRaw);
        final List<String> paragraphs = withoutHeadline(BoilerplateFilter.apply(extracted.paragraphs(), lang), meta.headline());
        final int letters = letters(paragraphs);
        if (paragraphs.isEmpty() || letters < limits.minBodyLetters()) {
            throw new PageRejectedException(RejectReason.NO_ARTICLE_TEXT,
                    "body has " + letters + " letters, fewer than " + limits.minBodyLetters());
        }
        if (extracted.linkDensity() > 0.5) {
            throw new PageRejectedException(RejectReason.NO_ARTICLE_TEXT,
                    String.format(Locale.ROOT, "body is %.0f%% link text (a navigation page)", extracted.linkDensity() * 100));
        }
        final Optional<DatelineExtractor.Dateline> dateline = DatelineExtractor.find(paragraphs, lang);
        ZonedDateTime published = meta.published();
        String publishedSource = meta.publishedSource();
        if (published == null && dateline.isPresent()) {
            published = datelineDate(dateline.get(), fetchedAt);
            publishedSource = published == null ? null : "DATELINE";
        }
        return new ParsedPage(meta.canonicalUrl(), meta.source(), lang, meta.headline(), meta.author(),
                published, publishedSource, dateline.map(DatelineExtractor.Dateline::place).orElse(null), paragraphs);
    }

    /**
     * The day of a dateline at 12:00 UTC: with its own year, or the latest such day not after the fetch day (a
     * wire dated "Dec 31" fetched on 2 January is last year's). Null without a day, or without a year and a fetch time.
     */
    static ZonedDateTime datelineDate(DatelineExtractor.Dateline d, Instant fetchedAt) {
        if (d.date() == null) {
            return null;
        }
        try {
            if (d.year() != null) {
                return d.date().atYear(d.year()).atTime(LocalTime.NOON).atZone(ZoneOffset.UTC);
            }
            if (fetchedAt == null) {
                return null;
            }
            final LocalDate fetched = fetchedAt.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate day = d.date().atYear(fetched.getYear());
            if (day.isAfter(fetched.plusDays(1))) {
                day = d.date().atYear(fetched.getYear() - 1);
            }
            return day.atTime(LocalTime.NOON).atZone(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null; // 29 February in a common year
        }
    }

    /** Drops a leading paragraph that repeats the headline (an h2 or a styled div standing in for h1). */
    private static List<String> withoutHeadline(List<String> paragraphs, String headline) {
        final String h = squash(headline);
        if (h.isEmpty()) {
            return paragraphs;
        }
        final List<String> out = new java.util.ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(3, out.size()); i++) {
            if (squash(out.get(i)).equals(h)) {
                out.remove(i);
                break;
            }
        }
        return out;
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The declared language when detection agrees or cannot tell; detection when it contradicts the page. */
    private static String language(String declared, String detected) {
        if (detected == null) {
            return declared;
        }
        return detected;
    }

    private static int letters(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                if (Character.isLetter(p.charAt(i))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void checkContentType(String contentType) throws PageRejectedException {
        if (contentType == null) {
            return;
        }
        final String mime = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_MIME.contains(mime)) {
            throw new PageRejectedException(RejectReason.NOT_HTML, "Content-Type " + mime);
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private byte[] gunzip(byte[] body) throws PageRejectedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            final ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, limits.maxDecompressedBytes()));
            final byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                if (out.size() + n > limits.maxDecompressedBytes()) {
                    throw new PageRejectedException(RejectReason.TOO_LARGE,
                            "gzip body inflates past the decompression cap of " + limits.maxDecompressedBytes() + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PageRejectedException(RejectReason.UNDECODABLE, "corrupt gzip body: " + e.getMessage());
        }
    }

    private static final byte[][] BINARY_MAGIC = {
        {'%', 'P', 'D', 'F'}, {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {'P', 'K', 3, 4}, {'R', 'I', 'F', 'F'}, {0, 'a', 's', 'm'}, {0x7F, 'E', 'L', 'F'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF},
        {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z'}, {'O', 'g', 'g', 'S'}, {'I', 'D', '3'}, {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}};

    private static void checkNotBinary(byte[] b) throws PageRejectedException {
        for (byte[] magic : BINARY_MAGIC) {
            if (b.length >= magic.length && startsWith(b, magic)) {
                throw new PageRejectedException(RejectReason.NOT_HTML, "binary content (magic number)");
            }
        }
        if (PageDecoder.bom(b).map(cs -> cs.name().startsWith("UTF-16")).orElse(false)) {
            return;
        }
        final int n = Math.min(b.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            final int c = b[i] & 0xFF;
            if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                controls++;
            }
        }
        if (controls > n / 100 + 1) {
            throw new PageRejectedException(RejectReason.NOT_HTML, "binary content (" + controls + " control bytes in the first " + n + ")");
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeMarkup(String text) {
        final int n = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i + 1 < n; i++) {
            if (text.charAt(i) == '<') {
                final char c = text.charAt(i + 1);
                if (Character.isLetter(c) || c == '!' || c == '?') {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "p", "li", "option", "td", "tr", "th", "dt", "dd");

    /**
     * Maximum open-tag depth by a cheap scan (void and self-closing tags and those HTML closes implicitly, like
     * p and li, do not count). Jsoup's tree builder checks scopes by walking the open-element stack, so a page of
     * tens of thousands of nested tags would take quadratic time.
     */
    static int nestingDepth(String html) {
        int depth = 0;
        int max = 0;
        final int n = html.length();
        for (int i = html.indexOf('<'); i >= 0 && i < n - 1; i = html.indexOf('<', i + 1)) {
            final char c = html.charAt(i + 1);
            if (c == '/') {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-')) {
                j++;
            }
            final String name = html.substring(i + 1, j).toLowerCase(Locale.ROOT);
            if (name.equals("script") || name.equals("style")) {
                final int end = indexOfIgnoreCase(html, "</" + name, j);
                i = end < 0 ? n : end;
                continue;
            }
            final int close = html.indexOf('>', j);
            final boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
            if (!VOID.contains(name) && !selfClosing) {
                depth++;
                max = Math.max(max, depth);
            }
        }
        return max;
    }
}
