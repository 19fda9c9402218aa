package org.entente.enrich.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.entente.text.NormalizedText;
import org.entente.text.TextNormalizer;

/**
 * A set of phrases read from a tab-separated data file and found in normalised text with a char trie.
 *
 * <p>File format (UTF-8): {@code #} starts a comment line; each other line is
 * {@code id<TAB>label<TAB>phrase[<TAB>flags]}. The phrase is normalised at load with
 * {@link TextNormalizer#normalizeString}; a space matches any run of white space and quotation marks; a word ending
 * in {@code *} matches any continuation of that word (a stem), anywhere in the phrase; a word {@code ~N} (N = 1..9)
 * stands for up to N words of any kind, so that "دخل ~6 حيز التنفيذ" finds the verb and its complement with the
 * subject between them (only white space may separate those words). A phrase matches only at word starts; in Arabic the
 * proclitics و ف ب ل ك س and the article ال may precede it, and the pronoun and plural suffixes may follow
 * its last word. Overlapping matches keep the longest. Immutable after load: thread-safe.
 */
public final class PhraseLexicon {
    private static final String[] AR_PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال", "لل",
        "ول", "وب", "وس", "فس", "ولل", "وبال", "فب", "فل"};
    private static final String AR_CLITIC_LETTERS = "وفبلكسا";
    private static final String[] AR_SUFFIXES = {"ه", "ها", "هما", "هم", "ي", "ات", "ين", "ان", "ا", "ون", "وا", "ت", "تا", "نا"};

    private final Node root = new Node();
    private final boolean arabic;
    private final List<LexiconEntry> entries;
    private final int layers;

    private PhraseLexicon(List<LexiconEntry> entries, boolean arabic) {
        this.arabic = arabic;
        this.entries = List.copyOf(entries);
        this.layers = 1 + entries.stream().mapToInt(LexiconEntry::layer).max().orElse(0);
        for (LexiconEntry e : entries) {
            add(e);
        }
        root.index();
    }

    /** Reads a lexicon from the class path; a missing resource gives an empty lexicon. */
    public static PhraseLexicon fromResource(String resource, String lang) {
        return fromResources(List.of(resource), lang);
    }

    /**
     * Reads several files into one trie, so that the text is scanned once; each file is a layer (its index), and
     * overlapping matches are resolved within a layer only. Missing resources are empty.
     */
    public static PhraseLexicon fromResources(List<String> resources, String lang) {
        final List<LexiconEntry> all = new ArrayList<>();
        for (int layer = 0; layer < resources.size(); layer++) {
            final String resource = resources.get(layer);
            final InputStream in = PhraseLexicon.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                continue;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                all.addAll(parse(r.lines().toList(), resource, layer));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return new PhraseLexicon(all, "ar".equals(lang));
    }

    /** Builds a lexicon from lines in the file format (for tests). */
    public static PhraseLexicon fromLines(List<String> lines, String lang) {
        return new PhraseLexicon(parse(lines, "<lines>", 0), "ar".equals(lang));
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    static List<LexiconEntry> parse(List<String> lines, String source, int layer) {
        final List<LexiconEntry> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException(source + ":" + n + ": expected id<TAB>label<TAB>phrase: " + line);
            }
            final String phrase = TextNormalizer.normalizeString(cols[2].strip()).replaceAll("\\s+", " ");
            out.add(new LexiconEntry(cols[0].strip(), cols[1].strip(), phrase, cols.length > 3 ? cols[3].strip() : "",
                layer));
        }
        return out;
    }

    private void add(LexiconEntry e) {
        Node node = root;
        final String p = e.phrase();
        for (int i = 0; i < p.length(); i++) {
            final char c = p.charAt(i);
            final int gap = gapAt(p, i);
            if (gap > 0) {
                // " ~N " : the words after the gap hang from a gap node of the word before it
                if (node.gap == null) {
                    node.gap = new Node();
                }
                node.gapMax = Math.max(node.gapMax, gap);
                node = node.gap;
                i += 3; // the space, "~N" and the space after it
                continue;
            }
            if (c == '*' && i == p.length() - 1) {
                node.stemEnds.add(e);
                return;
            }
            if (c == '*') {
                if (node.stemChild == null) {
                    node.stemChild = new Node();
                }
                node = node.stemChild;
                continue;
            }
            node = node.addChild(c);
        }
        node.exactEnds.add(e);
    }

    /** N when {@code " ~N "} starts at {@code i} (a gap of up to N words), else 0. */
    private static int gapAt(String p, int i) {
        if (i + 4 < p.length() && p.charAt(i) == ' ' && p.charAt(i + 1) == '~' && Character.isDigit(p.charAt(i + 2))
            && p.charAt(i + 3) == ' ') {
            return p.charAt(i + 2) - '0';
        }
        return 0;
    }

    /** Every non-overlapping match in the text, longest first where two overlap, in text order. */
    public List<LexiconMatch> find(NormalizedText nt) {
        final String t = nt.text();
        final List<int[]> raw = new ArrayList<>();
        final List<LexiconEntry> rawEntries = new ArrayList<>();
        final int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!isWordChar(t.charAt(i)) || (i > 0 && isWordChar(t.charAt(i - 1)))) {
                continue;
            }
            final char c0 = t.charAt(i);
            if (arabic && AR_CLITIC_LETTERS.indexOf(c0) >= 0) {
                for (String pre : AR_PROCLITICS) {
                    // the first char decides most proclitics: skip the others without a string comparison
                    if ((pre.isEmpty() || pre.charAt(0) == c0) && t.startsWith(pre, i) && i + pre.length() < n
                        && root.child(t.charAt(i + pre.length())) != null) {
                        walk(t, i, i + pre.length(), raw, rawEntries);
                    }
                }
            } else if (root.child(c0) != null) {
                walk(t, i, i, raw, rawEntries);
            }
        }
        final List<Integer> order = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            order.add(k);
        }
        // longest match first; of two equally long, the more specific entry (a longer phrase: exact beats stem)
        order.sort(Comparator.<Integer>comparingInt(k -> raw.get(k)[1] - raw.get(k)[0]).reversed()
            .thenComparing(Comparator.<Integer>comparingInt(k -> rawEntries.get(k).phrase().length()).reversed())
            .thenComparingInt(k -> raw.get(k)[0]));
        // the chars each layer's kept matches cover: an overlap test is one bit lookup, not a scan of the kept matches
        final BitSet[] covered = new BitSet[layers];
        final List<LexiconMatch> out = new ArrayList<>();
        for (int k : order) {
            final int[] r = raw.get(k);
            final int layer = rawEntries.get(k).layer();
            if (covered[layer] == null) {
                covered[layer] = new BitSet(n);
            }
            final BitSet bits = covered[layer];
            final int first = bits.nextSetBit(r[0]);
            if (first < 0 || first >= r[1]) {
                bits.set(r[0], r[1]);
                out.add(new LexiconMatch(rawEntries.get(k), nt.originalStart(r[0]), nt.originalEnd(r[1])));
            }
        }
        out.sort(Comparator.comparingInt(LexiconMatch::start));
        return out;
    }

    private void walk(String t, int wordStart, int from, List<int[]> raw, List<LexiconEntry> rawEntries) {
        walkFrom(root, t, wordStart, from, from, raw, rawEntries);
    }

    private void walkFrom(Node start, String t, int wordStart, int from, int at, List<int[]> raw,
                          List<LexiconEntry> rawEntries) {
        Node node = start;
        int j = at;
        final int n = t.length();
        while (node != null) {
            if (!node.stemEnds.isEmpty() && j > from) {
                int end = j;
                while (end < n && isWordChar(t.charAt(end))) {
                    end++;
                }
                for (LexiconEntry e : node.stemEnds) {
                    raw.add(new int[] {wordStart, end});
                    rawEntries.add(e);
                }
            }
            if (node.gap != null && j > from && (j >= n || !isWordChar(t.charAt(j)))) {
                walkGap(node, t, wordStart, from, j, raw, rawEntries);
            }
            if (node.stemChild != null) {
                int k = j;
                while (k < n && isWordChar(t.charAt(k))) {
                    k++;
                }
                walkFrom(node.stemChild, t, wordStart, from, k, raw, rawEntries);
            }
            if (!node.exactEnds.isEmpty() && j > from) {
                final int end = exactEnd(t, j);
                if (end >= 0) {
                    for (LexiconEntry e : node.exactEnds) {
                        raw.add(new int[] {wordStart, end});
                        rawEntries.add(e);
                    }
                }
            }
            if (j >= n) {
                return;
            }
            final char c = t.charAt(j);
            if (isSpacing(c)) {
                node = node.child(' ');
                while (j < n && isSpacing(t.charAt(j))) {
                    j++;
                }
            } else {
                node = node.child(c);
                j++;
            }
        }
    }

    /** Continues after a gap: from the next word, then after skipping one, two … up to the gap's size words. */
    private void walkGap(Node node, String t, int wordStart, int from, int at, List<int[]> raw,
                         List<LexiconEntry> rawEntries) {
        final int n = t.length();
        int p = at;
        for (int skipped = 0; skipped <= node.gapMax; skipped++) {
            int q = p;
            while (q < n && isSpacing(t.charAt(q))) {
                q++;
            }
            if (q == p || q >= n || !isWordChar(t.charAt(q))) {
                return; // punctuation or the end of the text: the gap does not cross it
            }
            walkFrom(node.gap, t, wordStart, from, q, raw, rawEntries);
            p = q;
            while (p < n && (isWordChar(t.charAt(p)) || t.charAt(p) == '-' || t.charAt(p) == '\'')) {
                p++;
            }
        }
    }

    private static boolean isSpacing(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '"' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        if (c >= 0x0400 && c <= 0x06FF) {
            return false; // Cyrillic and Arabic letters: the hot path, no Character lookup
        }
        return c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || Character.isWhitespace(c);
    }

    /** Where an exact match ending at {@code j} ends, allowing Arabic suffixes; -1 when it ends inside a word. */
    private int exactEnd(String t, int j) {
        if (j >= t.length() || !isWordChar(t.charAt(j)) || !isWordChar(t.charAt(j - 1))) {
            return j;
        }
        if (arabic) {
            for (String suf : AR_SUFFIXES) {
                final int e = j + suf.length();
                if (t.startsWith(suf, j) && (e >= t.length() || !isWordChar(t.charAt(e)))) {
                    return e;
                }
            }
        }
        return -1;
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * A trie node; children in a sorted char array (no boxing: most keys are Arabic or Cyrillic), looked up linearly when
     * there are few, by binary search otherwise, and through a direct table at the root.
     */
    private static final class Node {
        private static final int LINEAR_SEARCH_MAX = 8;
        private static final char TABLE_LIMIT = 0x800; // Latin, Cyrillic and Arabic letters
        private char[] keys = new char[0];
        private Node[] next = new Node[0];
        final List<LexiconEntry> exactEnds = new ArrayList<>(1);
        final List<LexiconEntry> stemEnds = new ArrayList<>(1);
        Node stemChild;
        Node gap;
        int gapMax;
        Node[] table;

        Node child(char c) {
            if (table != null) {
                return c < table.length ? table[c] : null;
            }
            final char[] ks = keys;
            if (ks.length <= LINEAR_SEARCH_MAX) {
                for (int k = 0; k < ks.length; k++) {
                    if (ks[k] == c) {
                        return next[k];
                    }
                }
                return null;
            }
            final int k = java.util.Arrays.binarySearch(ks, c);
            return k >= 0 ? next[k] : null;
        }

        /** A direct table for a node with many children (the root): one array read per lookup. */
        void index() {
            if (keys.length > LINEAR_SEARCH_MAX && keys[keys.length - 1] < TABLE_LIMIT) {
                table = new Node[keys[keys.length - 1] + 1];
                for (int k = 0; k < keys.length; k++) {
                    table[keys[k]] = next[k];
                }
            }
        }

        Node addChild(char c) {
            final int k = java.util.Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return next[k];
            }
            final int at = -k - 1;
            final char[] nk = new char[keys.length + 1];
            final Node[] nn = new Node[next.length + 1];
            System.arraycopy(keys, 0, nk, 0, at);
            System.arraycopy(next, 0, nn, 0, at);
            nk[at] = c;
            nn[at] = new Node();
            System.arraycopy(keys, at, nk, at + 1, keys.length - at);
            System.arraycopy(next, at, nn, at + 1, next.length - at);
            keys = nk;
            next = nn;
            return nn[at];
        }
    }
}
