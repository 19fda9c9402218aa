package org.entente.enrich.time;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of a language's {@code rules.txt}: a compiled pattern whose NAMED groups are slots
 * ({@code day}, {@code month}, {@code weekday}, {@code hour}, {@code unit}, …) and constant slots the rule sets itself.
 *
 * @param id        rule id, recorded on every expression the rule finds
 * @param pattern   compiled against normalised text
 * @param startChars the chars (below {@link TimeResources#START_CHARS_TESTED}) a match can start with; null: any
 * @param groups    the named groups of the pattern, in the order they appear
 * @param constants slot values the rule sets (already normalised values, e.g. {@code dir=+1})
 * @param triggers  words one of which every match contains (literals of the rule, words of the tables it uses);
 *                  matching runs only near them
 * @param digits    whether a digit also triggers the rule
 * @param triggerBeforeMatch whether a trigger may stand before the match, in a look-behind ("(?<=since )2014"),
 *                  so the rule is tried after its trigger too
 */
record TimeRule(String id, Pattern pattern, BitSet startChars, List<String> groups, Map<String, String> constants, Set<String> triggers,
                boolean digits, boolean triggerBeforeMatch) {

    /** A rule with no trigger at all is run over the whole text. */
    boolean canStartWith(char c) {
        return startChars == null || c >= TimeResources.START_CHARS_TESTED || startChars.get(c);
    }

    boolean everywhere() {
        return triggers.isEmpty() && !digits;
    }
}
