package org.entente.enrich.time;

import java.util.ArrayList;
import java.util.List;

/** Sentence boundaries of a normalised text, enough to keep tense cues and day anchors within their sentence. */
final class Sentences {
    private final int[] starts;

    Sentences(String s) {
        List<Integer> b = new ArrayList<>();
        b.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end = c == '\n' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4';
            if (c == '.' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                // "a.m. ", "U.S. ", "Mr. " do not end a sentence.
                int k = i - 1;
                while (k >= 0 && Character.isLetter(s.charAt(k))) {
                    k--;
                }
                int wordLength = i - 1 - k;
                end = !(k >= 0 && s.charAt(k) == '.') && wordLength > 2 || wordLength == 0;
            }
            if (end) {
                b.add(i + 1);
            }
        }
        starts = b.stream().mapToInt(Integer::intValue).toArray();
    }

    int indexOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index, int textLength) {
        return index + 1 < starts.length ? starts[index + 1] : textLength;
    }
}
