package org.entente.enrich.time;

import java.util.Map;
import java.util.Set;

/**
 * Tells whether every match of a rule must contain one of its trigger words — a word of a selective table (month,
 * weekday, unit…) or a literal word of the rule ("heures", "ساعه"): such a rule needs no digit to wake it, since
 * that word already does. Numbers are everywhere in news (counts,
 * resolution numbers, years), so a rule woken by digits is tried around every one of them; this check keeps
 * digits as a trigger only for the rules that can match without any table word ("16/9/2016", "22:00").
 *
 * <p>A small recursive reading of the rule's source regex (before table expansion): a sequence requires a table
 * word when one of its items does and is not optional; an alternation when every branch does; a run of letters
 * requires its word when the rule counts that word among its triggers; look-arounds and character classes require
 * nothing. Unknown syntax answers "no", which only keeps a trigger.
 */
final class RequiredWords {
    private final String regex;
    private final Set<String> selectiveTables;
    private final Map<String, String> fragments;
    private final Set<String> triggers;
    private int pos;

    private RequiredWords(String regex, Set<String> selectiveTables, Map<String, String> fragments, Set<String> triggers) {
        this.regex = regex;
        this.selectiveTables = selectiveTables;
        this.fragments = fragments;
        this.triggers = triggers;
    }

    /**
     * @param selectiveTables names of tables whose words wake rules ({@code %month}, not {@code %number})
     * @param fragments       raw fragments of patterns.txt, read through when a rule refers to one
     * @param triggers        the rule's trigger words (literal words count only when they are among them)
     */
    static boolean requireWord(String regex, Set<String> selectiveTables, Map<String, String> fragments, Set<String> triggers) {
        RequiredWords r = new RequiredWords(regex, selectiveTables, fragments, triggers);
        boolean required = r.alternation();
        return required && r.pos == regex.length();
    }

    private boolean alternation() {
        boolean all = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            all &= sequence();
        }
        return all;
    }

    private boolean sequence() {
        boolean any = false;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            boolean item = item();
            boolean optional = quantifierAllowsZero();
            any |= item && !optional;
        }
        return any;
    }

    private boolean item() {
        char c = regex.charAt(pos);
        switch (c) {
            case '(' -> {
                pos++;
                boolean zeroWidth = false;
                if (regex.startsWith("?:", pos)) {
                    pos += 2;
                } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<", pos)) {
                    pos = regex.indexOf('>', pos) + 1;
                }
                boolean inner = alternation();
                if (pos < regex.length() && regex.charAt(pos) == ')') {
                    pos++;
                }
                return inner && !zeroWidth;
            }
            case '[' -> {
                pos++;
                if (pos < regex.length() && regex.charAt(pos) == '^') {
                    pos++;
                }
                if (pos < regex.length() && regex.charAt(pos) == ']') {
                    pos++;
                }
                while (pos < regex.length() && regex.charAt(pos) != ']') {
                    pos += regex.charAt(pos) == '\\' ? 2 : 1;
                }
                pos++;
                return false;
            }
            case '\\' -> {
                pos++;
                char e = regex.charAt(pos++);
                if ((e == 'p' || e == 'P') && pos < regex.length() && regex.charAt(pos) == '{') {
                    pos = regex.indexOf('}', pos) + 1;
                }
                return false;
            }
            case '%' -> {
                int start = ++pos;
                while (pos < regex.length() && (Character.isLetterOrDigit(regex.charAt(pos)))) {
                    pos++;
                }
                String name = regex.substring(start, pos);
                if (selectiveTables.contains(name)) {
                    return true;
                }
                String fragment = fragments.get(name);
                return fragment != null && requireWord(fragment, selectiveTables, fragments, Set.of());
            }
            default -> {
                if (!Character.isLetter(c)) {
                    pos++;
                    return false;
                }
                int start = pos;
                while (pos < regex.length() && Character.isLetter(regex.charAt(pos))) {
                    pos++;
                }
                String word = regex.substring(start, pos);
                if (pos < regex.length() && "?*{".indexOf(regex.charAt(pos)) >= 0) {
                    // "heures?": the quantifier binds the last letter only; the word without it is required.
                    String shorter = word.substring(0, word.length() - 1);
                    boolean zero = quantifierAllowsZero();
                    return triggers.contains(zero ? shorter : word) && !shorter.isEmpty();
                }
                return triggers.contains(word);
            }
        }
    }

    /** Consumes a quantifier after an item; true when it lets the item occur zero times. */
    private boolean quantifierAllowsZero() {
        if (pos >= regex.length()) {
            return false;
        }
        char q = regex.charAt(pos);
        boolean zero;
        if (q == '?' || q == '*') {
            pos++;
            zero = true;
        } else if (q == '+') {
            pos++;
            zero = false;
        } else if (q == '{') {
            int close = regex.indexOf('}', pos);
            zero = regex.substring(pos + 1, close).startsWith("0");
            pos = close + 1;
        } else {
            return false;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return zero;
    }
}
