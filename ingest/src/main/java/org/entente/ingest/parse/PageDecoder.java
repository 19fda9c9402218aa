package org.entente.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. Order of trust: byte-order mark; the charset of the HTTP Content-Type; a
 * {@code <meta charset>} or {@code http-equiv} declaration in the first 1024 bytes; detection by trial decoding
 * ({@link CharsetDetector}); UTF-8. A declaration is checked against the bytes: a declared UTF-8 that does not
 * decode, or a declared single-byte charset whose text is much less plausible than the detected one, gives way
 * to detection (pages often lie about their charset).
 */
final class PageDecoder {

    /** Decoded text, the charset used and why it was chosen (BOM, HTTP, META, DETECTED, DEFAULT). */
    record Decoded(String text, Charset charset, String charsetSource) {}

    private static final Pattern CT_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final double MAX_BAD_CHAR_SHARE = 0.05;

    private PageDecoder() {}

    static Decoded decode(byte[] bytes) throws PageRejectedException {
        return decode(bytes, null, null);
    }

    static Decoded decode(byte[] bytes, String contentType, String charsetHint) throws PageRejectedException {
        final Decoded d = choose(bytes, contentType, charsetHint);
        if (badCharShare(d.text()) > MAX_BAD_CHAR_SHARE) {
            throw new PageRejectedException(RejectReason.UNDECODABLE,
                    "no charset gives plausible text (tried " + d.charset().name() + " from " + d.charsetSource() + ")");
        }
        return d;
    }

    private static Decoded choose(byte[] bytes, String contentType, String charsetHint) {
        final Optional<Charset> bom = bom(bytes);
        if (bom.isPresent()) {
            final int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get(), "BOM");
        }
        final String utf8 = CharsetDetector.strictUtf8(bytes);
        if (utf8 != null && !isAscii(bytes)) {
            // Valid multi-byte UTF-8 is UTF-8 whatever a declaration says: no single-byte text forms it by chance.
            return new Decoded(utf8, StandardCharsets.UTF_8, "VALID_UTF8");
        }
        final Optional<Charset> http = charsetParam(contentType);
        if (http.isPresent() && fits(bytes, http.get())) {
            return new Decoded(new String(bytes, http.get()), http.get(), "HTTP");
        }
        final Optional<Charset> hint = charsetByName(charsetHint);
        if (hint.isPresent() && fits(bytes, hint.get())) {
            return new Decoded(new String(bytes, hint.get()), hint.get(), "HINT");
        }
        final Optional<Charset> meta = metaCharset(bytes);
        if (meta.isPresent() && fits(bytes, meta.get())) {
            return new Decoded(new String(bytes, meta.get()), meta.get(), "META");
        }
        final Charset detected = CharsetDetector.detect(bytes);
        return new Decoded(new String(bytes, detected), detected, "DETECTED");
    }

    /** Whether a declared charset is believable for these bytes. */
    private static boolean fits(byte[] bytes, Charset declared) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            return CharsetDetector.isValidUtf8(bytes) || mostlyValidUtf8(bytes);
        }
        if (isAscii(bytes)) {
            return true;
        }
        if (declared.name().startsWith("UTF-16")) {
            return bytes.length % 2 == 0;
        }
        final String sample = new String(bytes, 0, Math.min(bytes.length, 256 * 1024), declared);
        final double own = CharsetDetector.plausibilityFor(declared, sample);
        if (Double.isNaN(own)) {
            return true; // a charset we have no model of: trust the declaration
        }
        return own >= CharsetDetector.bestPlausibility(bytes) - 0.25;
    }

    /** UTF-8 with at most a few broken sequences (a truncated page, one bad byte) is still UTF-8. */
    private static boolean mostlyValidUtf8(byte[] bytes) {
        final String s = new String(bytes, StandardCharsets.UTF_8);
        int bad = 0;
        int nonAscii = 0;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (c >= 0x80) {
                nonAscii++;
            }
        }
        return bad <= 3 || bad < nonAscii / 50;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static Optional<Charset> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static Optional<Charset> charsetParam(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        final Matcher m = CT_CHARSET.matcher(contentType);
        return m.find() ? charsetByName(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> metaCharset(byte[] bytes) {
        final String head = new String(bytes, 0, Math.min(1024, bytes.length), StandardCharsets.ISO_8859_1);
        final Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetByName(m.group(1)) : Optional.empty();
    }

    /** A charset by a name as pages write it; labels that WHATWG maps to windows-1252 are read as such. */
    static Optional<Charset> charsetByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        final String n = name.strip().toLowerCase(Locale.ROOT);
        final String label = switch (n) {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii" -> "windows-1252";
            case "utf8" -> "UTF-8";
            case "cp1256", "win-1256", "arabic" -> "windows-1256";
            case "cp1251", "win-1251" -> "windows-1251";
            case "koi8r" -> "KOI8-R";
            default -> n;
        };
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Share of replacement characters and control characters other than tab, CR and LF. */
    static double badCharShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x80 && c <= 0x9F)) {
                bad++;
            }
        }
        return bad / (double) text.length();
    }
}
