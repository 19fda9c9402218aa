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
 * @param source    the rule's regex as written in rules.txt (table references not expanded)
 * @param pattern   compiled against normalised text
 * @param startChars the chars (below {@link TimeResources#START_CHARS_TESTED}) a match can start with; null: any
 * @param groups    the named groups of the pattern, in the order they appear
 * @param constants slot values the rule sets (already normalised values, e.g. {@code dir=+1})
 * @param triggers  words one of which every match contains (literals of the rule, words of the tables it uses);
 *                  matching runs only near them
 * @param digits    whether a digit also triggers the rule
 * @param wideTriggers triggers that may stand before the match, in its opening look-behind ("since" in
 *                  "(?<=since )2014"): after them the rule is tried too
 */
record TimeRule(String id, String source, Pattern pattern, BitSet startChars, List<String> groups, Map<String, String> constants, Set<String> triggers,
                boolean digits, Set<String> wideTriggers) {

    /** A rule with no trigger at all is run over the whole text. */
    boolean canStartWith(char c) {
        return TimeResources.canStart(startChars, c);
    }

    boolean everywhere() {
        return triggers.isEmpty() && !digits;
    }
}
