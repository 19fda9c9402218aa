package org.entente.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;

/** Article ids: the first 128 bits of SHA-256 of the normalised canonical URL, in hex. */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(String canonicalUrl) {
        try {
            final byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(canonicalUrl).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case scheme and host, no default port, no fragment, no utm_* tracking parameters. */
    public static String normalize(String url) {
        try {
            final URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.strip();
            }
            final String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            final int port = ("http".equals(scheme) && u.getPort() == 80) || ("https".equals(scheme) && u.getPort() == 443)
                    ? -1 : u.getPort();
            String query = null;
            if (u.getRawQuery() != null) {
                final StringJoiner kept = new StringJoiner("&");
                for (String p : u.getRawQuery().split("&")) {
                    if (!p.toLowerCase(Locale.ROOT).startsWith("utm_") && !p.isEmpty()) {
                        kept.add(p);
                    }
                }
                query = kept.length() == 0 ? null : kept.toString();
            }
            final String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
