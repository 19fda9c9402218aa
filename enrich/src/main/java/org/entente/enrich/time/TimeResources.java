package org.entente.enrich.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
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
 *   <li>{@code tense.txt}: {@code future = regex} / {@code past = regex} / {@code speech = regex} cues, and
 *       {@code future-before = regex} for cues that count only before the expression ("until").</li>
 * </ul>
 * Keys and pattern literals are normalised with {@link TextNormalizer} at load, like the texts they match.
 */
final class TimeResources {
    /** Start chars are tested below this code point (Latin, Cyrillic, Arabic); others may always start a match. */
    static final int START_CHARS_TESTED = 0x0700;
    private static final Set<String> WEAK_TABLES = Set.of("dir", "number", "ordinal", "fraction");
    private static final Pattern REF = Pattern.compile("%([a-z][a-z0-9]*)");
    /** Literal words of three letters or more in a rule: "midnight", "منتصف", "o'clock" → "clock"… */
    private static final Pattern LITERAL_WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** A match starts on a word edge and ends on one, where a digit glued to a letter ("2014أعلنت") is an edge too. */
    private static final String EDGE_START = "(?<![\\p{L}\\p{N}])";
    private static final String CUE_START = "(?:(?<![\\p{L}\\p{N}])|(?<=\\p{N})(?=\\p{L}))";
    private static final String EDGE_END = "(?:(?![\\p{L}\\p{N}])|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N}))";

    final String lang;
    final Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    final Map<String, String> fragments = new LinkedHashMap<>();
    private final Map<String, String> rawFragments = new LinkedHashMap<>();
    /** Literal words too common to trigger a rule by themselves (fragment "nottrigger" in patterns.txt). */
    private final Set<String> stopTriggers = new HashSet<>();
    final List<TimeRule> rules = new ArrayList<>();
    /** word → the rules it may trigger; digits trigger {@link #digitRules}; {@link #everywhere} run on all text. */
    final Map<String, BitSet> triggerIndex = new HashMap<>();
    final BitSet digitRules = new BitSet();
    /** What a number wakes: {@link #digitRules}, wide where the rule's look-behind holds a digit. */
    final Triggered digitTriggered;
    /** word → the rules in whose opening look-behind it stands (so their match starts after it). */
    final Map<String, BitSet> wideIndex = new HashMap<>();
    final BitSet everywhere = new BitSet();
    /** One matcher per rule and thread, reset on each text instead of allocated again. */
    final ThreadLocal<java.util.regex.Matcher[]> matchers = ThreadLocal.withInitial(() -> new java.util.regex.Matcher[rules.size()]);
    final Pattern joiner;
    private Pattern clitic;
    final Cue future;
    final Cue futureBefore;
    final Cue past;
    final Pattern speech;
    final Pattern connector;
    /** What opens the end of a span ("until", "حتى") right before an expression, or one word before it; null when none. */
    final Pattern spanEnd;

    private TimeResources(String lang) {
        this.lang = lang;
        readTables(lang);
        for (String[] kv : readPairs(lang, "patterns.txt", " = ")) {
            fragments.put(kv[0], expand(kv[1], kv[0]));
            rawFragments.put(kv[0], kv[1]);
            if (kv[0].equals("clitic")) {
                clitic = Pattern.compile(fragments.get("clitic")); // table references after this line take clitics
            }
        }
        joiner = optionalPattern("joiner");
        connector = optionalPattern("connector");
        String end = fragments.get("spanend");
        spanEnd = end == null ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + end + ")(?:\\s+\\p{L}+)?[\\s,(]*$");
        if (fragments.containsKey("nottrigger")) {
            stopTriggers.addAll(List.of(fragments.get("nottrigger").split("\\|")));
        }
        for (String[] kv : readPairs(lang, "rules.txt", " = ")) {
            rules.add(compileRule(kv[0], kv[1]));
        }
        for (int i = 0; i < rules.size(); i++) {
            TimeRule rule = rules.get(i);
            if (rule.everywhere()) {
                everywhere.set(i);
            }
            if (rule.digits()) {
                digitRules.set(i);
            }
            for (String word : rule.triggers()) {
                if (word.length() > 1 || word.charAt(0) >= 0x80) {
                    triggerIndex.computeIfAbsent(word, k -> new BitSet()).set(i);
                }
            }
            for (String word : rule.wideTriggers()) {
                wideIndex.computeIfAbsent(word, k -> new BitSet()).set(i);
            }
        }
        BitSet digitWide = new BitSet();
        for (int i = 0; i < rules.size(); i++) {
            String lb = leadingLookBehind(rules.get(i).source());
            openings.add(lb.isEmpty() ? new OpeningFilter(rules.get(i).pattern()) : null);
            if (lb.contains("\\d") || lb.contains("\\p{N}") || lb.contains("%year") || lb.contains("%num") || lb.contains("%day")) {
                digitWide.set(i);
            }
        }
        digitTriggered = new Triggered(digitRules, digitWide);
        Map<String, List<String>> cues = new LinkedHashMap<>();
        for (String[] kv : readPairs(lang, "tense.txt", " = ")) {
            cues.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(expand(kv[1], kv[0]));
        }
        future = Cue.of(cuePattern(cues.get("future")));
        futureBefore = Cue.of(cuePattern(cues.get("future-before")));
        past = Cue.of(cuePattern(cues.get("past")));
        speech = cuePattern(cues.get("speech"));
    }

    static TimeResources load(String lang) {
        return new TimeResources(lang);
    }

    private final Map<String, Boolean> clitics = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean isClitic(String prefix) {
        return clitics.computeIfAbsent(prefix, p -> clitic.matcher(p).matches());
    }

    /** Per rule: the filter of the words a match may open with; null for a rule opening with a look-behind. */
    private final List<OpeningFilter> openings = new ArrayList<>();

    /** Whether rule {@code r} may match at a position that opens so (see {@link OpeningFilter}); always for look-behind rules. */
    boolean mayStart(int r, String opening) {
        OpeningFilter f = openings.get(r);
        return f == null || f.mayOpenWith(opening);
    }

    /**
     * The rules a word wakes, and among them those it wakes from before their match (a look-behind word): those are
     * tried after the word too.
     */
    record Triggered(BitSet rules, BitSet wide) {}

    private static final Triggered NONE = new Triggered(new BitSet(), new BitSet());
    /** Answers of {@link #rulesTriggeredBy} for words already seen (news repeats its words); capped in size. */
    private final Map<String, Triggered> triggeredCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int TRIGGERED_CACHE_MAX = 200_000;

    /** The rules a word of the text may trigger, also after a clitic prefix is taken off; null when none. */
    Triggered rulesTriggeredBy(String word) {
        Triggered cached = triggeredCache.get(word);
        if (cached == null) {
            BitSet rules = lookupWithClitics(triggerIndex, word);
            cached = rules == null ? NONE : new Triggered(rules, orEmpty(lookupWithClitics(wideIndex, word)));
            if (triggeredCache.size() < TRIGGERED_CACHE_MAX) {
                triggeredCache.put(word, cached);
            }
        }
        return cached == NONE ? null : cached;
    }

    private static BitSet orEmpty(BitSet b) {
        return b == null ? new BitSet() : b;
    }

    /** The union of the index entries of the word and of the word without a clitic prefix. */
    private BitSet lookupWithClitics(Map<String, BitSet> index, String word) {
        BitSet hit = index.get(word);
        if (clitic == null) {
            return hit;
        }
        for (int i = 1; i <= Math.min(4, word.length() - 2); i++) {
            BitSet more = index.get(word.substring(i));
            if (more != null && isClitic(word.substring(0, i))) {
                if (hit == null) {
                    hit = (BitSet) more.clone();
                } else {
                    hit = (BitSet) hit.clone();
                    hit.or(more);
                }
            }
        }
        return hit;
    }

    /** The value of {@code key} in {@code table}, also after a clitic prefix (و ف ب ل ك, ال) is taken off. */
    String lookup(String table, String key) {
        Map<String, String> t = tables.get(table);
        if (t == null || key == null) {
            return null;
        }
        String k = key.strip();
        if (k.indexOf("  ") >= 0 || k.indexOf('\n') >= 0 || k.indexOf('\t') >= 0) {
            k = k.replaceAll("\\s+", " ");
        }
        String v = t.get(k);
        if (v != null || clitic == null) {
            return v;
        }
        for (int i = 1; i <= Math.min(4, k.length() - 2); i++) {
            if (isClitic(k.substring(0, i))) {
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
        // Words of the selective tables (weekday, month, unit…) trigger the rule; direction words and numbers only
        // when the rule has nothing better, since "the", "this", "one" are everywhere.
        Set<String> triggers = new HashSet<>();
        Set<String> weak = new HashSet<>();
        Matcher tm = REF.matcher(regex);
        while (tm.find()) {
            (WEAK_TABLES.contains(tm.group(1)) ? weak : triggers).addAll(triggerWords(tm.group(1)));
        }
        Set<String> stopLiterals = new HashSet<>();
        for (String word : literalWords(regex)) {
            (stopTriggers.contains(word) ? stopLiterals : triggers).add(word);
        }
        boolean digits = (regex.contains("\\d") || regex.contains("%year") || regex.contains("%num") || regex.contains("%day"))
                && !RequiredWords.requireWord(normalizeLiteral(regex), selectiveTables(), rawFragments, triggers);
        if (triggers.isEmpty() && !digits) {
            triggers.addAll(weak);
        }
        if (triggers.isEmpty() && !digits) {
            triggers.addAll(stopLiterals); // a common word still wakes a rule more rarely than every word does
        }
        // Words that may stand before the match, in an opening look-behind: the rule is tried after them too.
        Set<String> wide = new HashSet<>();
        String lookBehind = leadingLookBehind(regex);
        if (!lookBehind.isEmpty()) {
            Matcher lm = REF.matcher(lookBehind);
            while (lm.find()) {
                wide.addAll(triggerWords(lm.group(1)));
            }
            wide.addAll(literalWords(lookBehind));
            wide.retainAll(triggers);
        }
        List<String> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(expanded);
        while (g.find()) {
            groups.add(g.group(1));
        }
        try {
            Pattern p = Pattern.compile(EDGE_START + "(?:" + expanded + ")" + EDGE_END);
            return new TimeRule(id, regex, p, startChars(Pattern.compile(EDGE_START + "(?:" + withoutLeadingLookBehind(expanded) + ")")), List.copyOf(groups), Map.copyOf(constants), Set.copyOf(triggers),
                    digits, Set.copyOf(wide));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("time/" + lang + "/rules.txt " + id + ": " + e.getMessage(), e);
        }
    }

    private Set<String> selectiveTables;

    /**
     * Tables whose every key can wake a rule by itself: not a weak table, and the longest word of each key is a run
     * of letters the trigger scan sees as one word ("sept" yes; "utc+3" or a one-letter ASCII unit no).
     */
    private Set<String> selectiveTables() {
        if (selectiveTables == null) {
            selectiveTables = new HashSet<>();
            for (String name : tables.keySet()) {
                if (!WEAK_TABLES.contains(name) && triggerWords(name).stream().allMatch(TimeResources::wakes)
                        && !triggerWords(name).isEmpty()) {
                    selectiveTables.add(name);
                }
            }
        }
        return selectiveTables;
    }

    private static boolean wakes(String word) {
        return word.chars().allMatch(Character::isLetter) && (word.length() > 1 || word.charAt(0) >= 0x80);
    }

    /**
     * The chars a match can start with, found by asking the pattern about each char alone ({@code hitEnd} tells
     * that more input could complete a match). Null when the rule opens with a look-behind (no test possible).
     */
    private static BitSet startChars(Pattern p) {
        BitSet ok = new BitSet(START_CHARS_TESTED);
        for (char c = 0; c < START_CHARS_TESTED; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            if (m.lookingAt() || m.hitEnd()) {
                ok.set(c);
            }
        }
        return ok.isEmpty() ? null : ok;
    }

    /** The look-behinds a regex opens with ("(?<=since\\s)"), or "" (for the words that may wake it from before). */
    static String leadingLookBehind(String regex) {
        return regex.substring(0, regex.length() - withoutLeadingLookBehind(regex).length());
    }

    /** The regex without a look-behind it opens with (for the start-char test only). */
    private static String withoutLeadingLookBehind(String regex) {
        if (!regex.startsWith("(?<=") && !regex.startsWith("(?<!")) {
            return regex;
        }
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return withoutLeadingLookBehind(regex.substring(i + 1));
            }
        }
        return regex;
    }

    /**
     * Whole words written literally in a regex ("midnight", "منتصف", "days?" → days and day). A word glued to
     * regex syntax ("полноч\\p{L}*", "месяц(?:е|а)?") is no whole word of the text and is left out.
     */
    static List<String> literalWords(String regex) {
        // \u0001 marks a place that separates words of the text (\s, \b, an escaped punctuation mark),
        // \u0002 one that glues (\p{L}, a table reference).
        String r = normalizeLiteral(regex)
                .replaceAll("%[a-z][a-z0-9]*|\\\\[pP]\\{[^}]*\\}", "\u0002")
                .replaceAll("\\\\.", "\u0001")
                .replaceAll("\\(\\?<[a-zA-Z0-9]+>", "(");
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL_WORD.matcher(r);
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            char before = a == 0 ? '|' : r.charAt(a - 1);
            boolean repeatedSeparator = (before == '+' || before == '*') && a >= 2 && "\u0001]".indexOf(r.charAt(a - 2)) >= 0;
            if ("|(:>)?' \u0001".indexOf(before) < 0 && !repeatedSeparator) {
                continue;
            }
            String word = m.group();
            boolean optionalLast = b < r.length() && r.charAt(b) == '?';
            int next = optionalLast ? b + 1 : b;
            boolean boundary = next >= r.length() || "|)' \u0001".indexOf(r.charAt(next)) >= 0
                    || r.startsWith("(?!", next) || r.startsWith("(?=", next);
            if (!boundary) {
                continue;
            }
            out.add(word);
            if (optionalLast && word.length() > 3) {
                out.add(word.substring(0, word.length() - 1));
            }
        }
        return out;
    }

    /** The words of a table's keys (or of the tables a fragment uses): any of them may trigger a rule using it. */
    private Set<String> triggerWords(String name) {
        Set<String> out = new HashSet<>();
        if (tables.containsKey(name)) {
            for (String key : tables.get(name).keySet()) {
                String longest = "";
                for (String word : key.split("[\\s\\-.']+")) {
                    longest = word.length() > longest.length() ? word : longest;
                }
                out.add(longest); // every match of the key contains its longest word
            }
        } else if (rawFragments.containsKey(name)) {
            Matcher m = REF.matcher(rawFragments.get(name));
            while (m.find()) {
                out.addAll(triggerWords(m.group(1)));
            }
            out.addAll(literalWords(rawFragments.get(name)));
        }
        out.remove("");
        return out;
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

    /**
     * The keys as one regex shaped like a trie ("يناير|يونيو|يوليو" → "ي(?:ناير|و(?:نيو|ليو))"), so that a failing
     * position costs a char or two, not a test of every key; longer keys are preferred (greedy optional tails).
     */
    static String alternation(java.util.Collection<String> keys) {
        java.util.TreeMap<Character, Object> root = new java.util.TreeMap<>();
        for (String key : keys) {
            java.util.TreeMap<Character, Object> node = root;
            for (char c : key.toCharArray()) {
                @SuppressWarnings("unchecked")
                java.util.TreeMap<Character, Object> next =
                        (java.util.TreeMap<Character, Object>) node.computeIfAbsent(c, k -> new java.util.TreeMap<Character, Object>());
                node = next;
            }
            node.put(END, END);
        }
        return "(?:" + trie(root) + ")";
    }

    private static final Character END = '\uFFFF';

    @SuppressWarnings("unchecked")
    private static String trie(java.util.TreeMap<Character, Object> node) {
        List<String> branches = new ArrayList<>();
        boolean terminal = false;
        for (Map.Entry<Character, Object> e : node.entrySet()) {
            if (e.getKey().equals(END)) {
                terminal = true;
                continue;
            }
            branches.add(escape(e.getKey()) + trie((java.util.TreeMap<Character, Object>) e.getValue()));
        }
        if (branches.isEmpty()) {
            return "";
        }
        String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        if (!terminal) {
            return body;
        }
        return (branches.size() == 1 ? "(?:" + body + ")" : body) + "?";
    }

    private static String escape(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        return "\\.[]{}()*+?^$|-/#&~".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
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

    /**
     * A tense cue and the chars it can start with, so that a scan tries the pattern only at the word starts that
     * can open it: a long alternation of cue words costs a hundred nanoseconds or more per char when the regex
     * engine is entered at every position.
     */
    record Cue(Pattern pattern, BitSet startChars, OpeningFilter openings) {
        static Cue of(Pattern p) {
            return p == null ? null : new Cue(p, TimeResources.startChars(p), new OpeningFilter(p));
        }

        boolean canStartWith(char c) {
            return canStart(startChars, c);
        }
    }

    /** Whether a char may open a match, given the start chars found at load (null: any char may). */
    static boolean canStart(BitSet startChars, char c) {
        return startChars == null || c >= START_CHARS_TESTED || startChars.get(c);
    }

    private static Pattern cuePattern(List<String> alternatives) {
        if (alternatives == null || alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile(CUE_START + "(?:" + String.join("|", alternatives) + ")" + EDGE_END);
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
