package org.entente.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for our user agent (RFC 9309): the group naming "entente" if any, else "*"; the
 * longest matching Allow/Disallow path wins, Allow on a tie; '*' and '$' are honoured.
 */
final class RobotsTxt {
    private record Rule(boolean allow, String pattern) {}

    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    static RobotsTxt parse(String text, String agentToken) {
        final String token = agentToken.toLowerCase(Locale.ROOT);
        final List<Rule> ours = new ArrayList<>();
        final List<Rule> star = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<Rule> current = new ArrayList<>();
        boolean inRules = false;
        for (String raw : (text + "\nuser-agent: __end__").split("\\r?\\n")) {
            final String line = raw.replaceFirst("#.*", "").strip();
            final int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            final String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            final String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    for (String a : agents) {
                        if (a.equals("*")) {
                            star.addAll(current);
                        } else if (token.contains(a) || a.contains(token)) {
                            ours.addAll(current);
                        }
                    }
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.add(new Rule(field.equals("allow"), value));
                }
            }
        }
        return new RobotsTxt(ours.isEmpty() ? star : ours);
    }

    boolean allows(String pathAndQuery) {
        final String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        final boolean anchored = pattern.endsWith("$");
        final String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        final StringBuilder regex = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return java.util.regex.Pattern.compile(regex + (anchored ? "$" : ".*"), java.util.regex.Pattern.DOTALL)
                .matcher(path).matches();
    }
}
