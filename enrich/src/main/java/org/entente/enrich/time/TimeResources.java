package org.entente.enrich.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.entente.text.TextNormalizer;

/**
 * The data of one language, read from {@code time/<lang>/} on the class path (HeidelTime-style):
 * <ul>
 *   <li>{@code normalization.txt}: named tables {@code [name]} of {@code key = value} lines (month and weekday names,
 *       number words and ordinals, units, zones…); table {@code T} is usable in patterns as {@code %T};</li>
 *   <li>{@code patterns.txt}: named fragments {@code name = regex}, usable as {@code %name};</li>
 *   <li>{@code rules.txt}: {@code id = regex [;; slot=value, …]}, named groups only;</li>
 *   <li>{@code tense.txt}: {@code future = regex} / {@code past = regex} / {@code speech = regex} cues.</li>
 * </ul>
 * Keys and pattern literals are normalised with {@link TextNormalizer} at load, like the texts they match.
 */
final class TimeResources {
    private static final Pattern REF = Pattern.compile("%([a-z][a-z0-9]*)");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** A match starts and ends on a word edge; a digit glued to a letter ("4أيام", "2014أعلنت") is an edge too. */
    private static final String EDGE_START = "(?:(?<![\\p{L}\\p{N}])|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N}))";
    private static final String EDGE_END = "(?:(?![\\p{L}\\p{N}])|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N}))";

    final String lang;
    final Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    final Map<String, String> fragments = new LinkedHashMap<>();
    final List<TimeRule> rules = new ArrayList<>();
    final Pattern joiner;
    private Pattern clitic;
    final Pattern future;
    final Pattern past;
    final Pattern speech;
    final Pattern connector;

    private TimeResources(String lang) {
        this.lang = lang;
        readTables(lang);
        for (String[] kv : readPairs(lang, "patterns.txt", " = ")) {
            fragments.put(kv[0], expand(kv[1], kv[0]));
            if (kv[0].equals("clitic")) {
                clitic = Pattern.compile(fragments.get("clitic")); // table references after this line take clitics
            }
        }
        joiner = optionalPattern("joiner");
        connector = optionalPattern("connector");
        for (String[] kv : readPairs(lang, "rules.txt", " = ")) {
            rules.add(compileRule(kv[0], kv[1]));
        }
        Map<String, List<String>> cues = new LinkedHashMap<>();
        for (String[] kv : readPairs(lang, "tense.txt", " = ")) {
            cues.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(expand(kv[1], kv[0]));
        }
        future = cuePattern(cues.get("future"));
        past = cuePattern(cues.get("past"));
        speech = cuePattern(cues.get("speech"));
    }

    static TimeResources load(String lang) {
        return new TimeResources(lang);
    }

    /** The value of {@code key} in {@code table}, also after a clitic prefix (و ف ب ل ك, ال) is taken off. */
    String lookup(String table, String key) {
        Map<String, String> t = tables.get(table);
        if (t == null || key == null) {
            return null;
        }
        String k = key.strip().replaceAll("\\s+", " ");
        String v = t.get(k);
        if (v != null || clitic == null) {
            return v;
        }
        for (int i = 1; i <= Math.min(4, k.length() - 2); i++) {
            if (clitic.matcher(k.substring(0, i)).matches()) {
                v = t.get(k.substring(i));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private TimeRule compileRule(String id, String body) {
        String regex = body;
        Map<String, String> constants = new LinkedHashMap<>();
        int sep = body.indexOf(" ;; ");
        if (sep >= 0) {
            regex = body.substring(0, sep).strip();
            for (String assignment : body.substring(sep + 4).split(",")) {
                String[] kv = assignment.strip().split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("time/" + lang + "/rules.txt " + id + ": bad constant " + assignment);
                }
                constants.put(kv[0].strip(), kv[1].strip());
            }
        }
        String expanded = expand(regex, id);
        List<String> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(expanded);
        while (g.find()) {
            groups.add(g.group(1));
        }
        try {
            Pattern p = Pattern.compile(EDGE_START + "(?:" + expanded + ")" + EDGE_END);
            return new TimeRule(id, p, List.copyOf(groups), Map.copyOf(constants));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("time/" + lang + "/rules.txt " + id + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code %name} by a table's alternation or a fragment, and normalises non-ASCII literals. */
    private String expand(String regex, String where) {
        Matcher m = REF.matcher(normalizeLiteral(regex));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (fragments.containsKey(name)) {
                replacement = "(?:" + fragments.get(name) + ")";
            } else if (tables.containsKey(name)) {
                replacement = alternation(tables.get(name).keySet());
                if (clitic != null) {
                    replacement = "(?:(?:" + clitic.pattern() + ")?" + replacement + ")";
                }
            } else {
                throw new IllegalArgumentException("time/" + lang + ": " + where + " refers to unknown %" + name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String alternation(java.util.Collection<String> keys) {
        return keys.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Pattern syntax is ASCII; only letters outside ASCII are normalised (so {@code \S} stays {@code \S}). */
    private static String normalizeLiteral(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c < 0x80 ? String.valueOf(c) : TextNormalizer.normalizeString(String.valueOf(c)));
        }
        return out.toString();
    }

    private Pattern optionalPattern(String name) {
        String f = fragments.get(name);
        return f == null ? null : Pattern.compile(f);
    }

    private static Pattern cuePattern(List<String> alternatives) {
        if (alternatives == null || alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile(EDGE_START + "(?:" + String.join("|", alternatives) + ")" + EDGE_END);
    }

    private void readTables(String lang) {
        Map<String, String> current = null;
        for (String line : readLines(lang, "normalization.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = tables.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.lastIndexOf(" = ");
            if (current == null || eq < 0) {
                throw new IllegalArgumentException("time/" + lang + "/normalization.txt: bad line " + line);
            }
            String value = line.substring(eq + 3).strip();
            for (String form : inflections(line.substring(0, eq).strip())) {
                String key = TextNormalizer.normalizeString(form).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                current.put(key, value);
            }
        }
    }

    /** {@code stem{a|b|}} stands for stema, stemb and stem (one brace group a key; Russian endings, plurals). */
    static List<String> inflections(String key) {
        int open = key.indexOf('{');
        int close = key.indexOf('}', open + 1);
        if (open < 0 || close < 0) {
            return List.of(key);
        }
        List<String> forms = new ArrayList<>();
        for (String ending : key.substring(open + 1, close).split("\\|", -1)) {
            forms.addAll(inflections(key.substring(0, open) + ending + key.substring(close + 1)));
        }
        return forms;
    }

    private static List<String[]> readPairs(String lang, String file, String separator) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : readLines(lang, file)) {
            int eq = line.indexOf(separator);
            if (eq < 0) {
                throw new IllegalArgumentException("time/" + lang + "/" + file + ": bad line " + line);
            }
            pairs.add(new String[] {line.substring(0, eq).strip(), line.substring(eq + separator.length()).strip()});
        }
        return pairs;
    }

    /** Non-blank lines without {@code #} comments (a comment starts the line). */
    private static List<String> readLines(String lang, String file) {
        String path = "/time/" + lang + "/" + file;
        try (InputStream in = TimeResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
