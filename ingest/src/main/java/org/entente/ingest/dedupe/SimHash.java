package org.entente.ingest.dedupe;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.TextNormalizer;

/**
 * 64-bit SimHash of a text over 3-word shingles of its normalised words (Charikar): near-identical bodies
 * (a copy with a changed byline, a dateline or a sentence) differ in a few bits, unrelated ones in about 32.
 */
public final class SimHash {
    private static final int SHINGLE = 3;

    private SimHash() {}

    public static long of(String text) {
        final List<String> words = words(TextNormalizer.normalizeString(text == null ? "" : text));
        if (words.isEmpty()) {
            return 0L;
        }
        final int[] votes = new int[64];
        final int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            final StringBuilder shingle = new StringBuilder();
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                shingle.append(words.get(k)).append(' ');
            }
            final long h = hash64(shingle);
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
            }
        }
        long result = 0L;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                result |= 1L << b;
            }
        }
        return result;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static String hex(long h) {
        return String.format("%016x", h);
    }

    public static long parseHex(String hex) {
        return Long.parseUnsignedLong(hex, 16);
    }

    private static List<String> words(String s) {
        final List<String> out = new ArrayList<>();
        final StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            final char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    /** FNV-1a 64 then a murmur3 finaliser, so that every bit depends on every character. */
    private static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
