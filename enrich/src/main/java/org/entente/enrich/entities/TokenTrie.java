package org.entente.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over word keys: every alias or phrase is a path of its tokens' keys, so a text is matched in one
 * left-to-right pass whatever the number of entries (no regular expression per entry). Read-only after loading,
 * hence safe to share between threads.
 *
 * @param <T> what a complete path names
 */
final class TokenTrie<T> {
    static final class Node<T> {
        private Map<String, Node<T>> next;
        private List<T> values;

        Node<T> child(String key) {
            return next == null ? null : next.get(key);
        }

        List<T> values() {
            return values == null ? List.of() : values;
        }
    }

    /** A path found in a text: the values at its end and how many tokens it spans. */
    record Hit<T>(int start, int length, List<T> values) {}

    private final Node<T> root = new Node<>();
    private int size;

    /** Adds a value at the end of a key path; returns false when an equal value is already there. */
    boolean add(String[] keys, T value) {
        Node<T> node = root;
        for (String k : keys) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(k, x -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (node.values.contains(value)) {
            return false;
        }
        node.values.add(value);
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /** Values stored exactly at a key path, empty when none. */
    List<T> get(String[] keys) {
        Node<T> node = root;
        for (String k : keys) {
            node = node.child(k);
            if (node == null) {
                return List.of();
            }
        }
        return node.values();
    }

    /**
     * Every path starting at token {@code from}, longest first. A path continues only over tokens joined to the
     * previous one (no comma, bracket or line break in between); each token may match under any of its keys.
     */
    List<Hit<T>> matchesAt(List<Token> tokens, int from) {
        final List<Hit<T>> out = new ArrayList<>(2);
        walk(tokens, from, from, root, out);
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }

    private void walk(List<Token> tokens, int from, int at, Node<T> node, List<Hit<T>> out) {
        if (at >= tokens.size() || node.next == null) {
            return;
        }
        final Token t = tokens.get(at);
        if (at > from && !t.joinedToPrev()) {
            return;
        }
        final String[] keys = t.keys();
        for (int k = 0; k < keys.length; k++) {
            final Node<T> child = node.next.get(keys[k]);
            if (child == null) {
                continue;
            }
            if (child.values != null) {
                out.add(new Hit<>(from, at - from + 1, child.values));
            }
            walk(tokens, from, at + 1, child, out);
        }
    }
}
