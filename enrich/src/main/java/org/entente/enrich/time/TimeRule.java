package org.entente.enrich.time;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One rule of a language's {@code rules.txt}: a compiled pattern whose NAMED groups are slots
 * ({@code day}, {@code month}, {@code weekday}, {@code hour}, {@code unit}, …) and constant slots the rule sets itself.
 *
 * @param id        rule id, recorded on every expression the rule finds
 * @param pattern   compiled against normalised text
 * @param groups    the named groups of the pattern, in the order they appear
 * @param constants slot values the rule sets (already normalised values, e.g. {@code dir=+1})
 */
record TimeRule(String id, Pattern pattern, List<String> groups, Map<String, String> constants) {}
