package org.entente.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.text.TextNormalizer;

/**
 * Removes boilerplate paragraphs left inside the article container, with the per-language patterns of
 * {@code boilerplate/patterns.txt}: single lines (ad labels, share rows, subscription lines) and tails (a
 * "انظر ايضاً" or "Related stories" heading and the list after it).
 */
final class BoilerplateFilter {

    private enum Scope { LINE, TAIL }

    private record Rule(String id, String lang, Scope scope, Pattern pattern) {}

    private static final List<Rule> RULES = load();

    private BoilerplateFilter() {}

    static List<String> apply(List<String> paragraphs, String lang) {
        final List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            final String p = paragraphs.get(i);
            final String norm = TextNormalizer.normalizeString(p).strip();
            final Rule rule = match(norm, lang);
            if (rule == null) {
                kept.add(p);
            } else if (rule.scope() == Scope.TAIL && i >= paragraphs.size() / 2) {
                break;
            } else if (rule.scope() == Scope.LINE) {
                continue;
            } else {
                kept.add(p);
            }
        }
        return kept;
    }

    private static Rule match(String normalized, String lang) {
        for (Rule r : RULES) {
            if ((r.lang().equals("*") || lang == null || r.lang().equals(lang)) && r.pattern().matcher(normalized).find()) {
                return r;
            }
        }
        return null;
    }

    private static List<Rule> load() {
        final List<Rule> rules = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.lines("boilerplate/patterns.txt")) {
            final String[] f = line.fields(4);
            rules.add(new Rule(f[0], f[1].toLowerCase(Locale.ROOT), Scope.valueOf(f[2].toUpperCase(Locale.ROOT)),
                    Pattern.compile(f[3], Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE)));
        }
        return List.copyOf(rules);
    }
}
