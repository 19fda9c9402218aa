package org.entente.enrich.time;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a pattern may match at a position, judged from the word there and the char after it alone: the pattern is
 * tried once on that short text, and when it fails without reaching its end ({@code hitEnd}), no longer text that
 * starts so can match either. Most tries of a rule or a cue fail within the first word ("the", "في", "после"), so
 * the answer, kept per opening word, spares the full try (setting a matcher's region resets it, which costs as much
 * as the pattern has groups, and a long alternation is walked branch by branch).
 *
 * <p>Sound only for a pattern whose look-behinds at most forbid a letter or digit before it (a word edge): the
 * short text has nothing before it, so such a look-behind passes there whatever the real text holds, which only
 * lets more through. Thread-safe; the memory is capped.
 */
final class OpeningFilter {
    private static final int MAX_OPENINGS = 20_000;
    private final Pattern pattern;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    OpeningFilter(Pattern pattern) {
        this.pattern = pattern;
    }

    boolean mayMatchAt(String s, int p, int to) {
        return mayOpenWith(opening(s, p, to));
    }

    /** The word at {@code p} (letters or digits, or one other char) and the char after it, within [p, to). */
    static String opening(String s, int p, int to) {
        int e = p + 1;
        char c = s.charAt(p);
        if (Character.isLetterOrDigit(c)) {
            boolean digit = Character.isDigit(c);
            while (e < to && Character.isLetterOrDigit(s.charAt(e)) && Character.isDigit(s.charAt(e)) == digit) {
                e++;
            }
        }
        return s.substring(p, Math.min(to, e + 1));
    }

    /** Whether a match may begin with {@code opening} (as made by {@link #opening}). */
    boolean mayOpenWith(String opening) {
        Boolean may = known.get(opening);
        if (may == null) {
            Matcher m = pattern.matcher(opening);
            may = m.lookingAt() || m.hitEnd();
            if (known.size() < MAX_OPENINGS) {
                known.put(opening, may);
            }
        }
        return may;
    }
}
