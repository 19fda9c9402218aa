package org.entente.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.EntityType;
import org.entente.enrich.model.Mention;
import org.entente.text.NormalizedText;
import org.entente.text.TextNormalizer;

/**
 * Entity recognition by gazetteer lookup plus a few context rules (spec/extraction.md section 1):
 * <ol>
 *   <li>gazetteer aliases, longest match first, on normalised words (Arabic clitics, Russian case endings);
 *       demonyms count only beside a state word; shared aliases are settled by {@code ambiguous.tsv};</li>
 *   <li>numbered resolutions, attributed to the Security Council unless the General Assembly is the body;</li>
 *   <li>a role or title followed by a name the gazetteer lacks gives a PERSON as written;</li>
 *   <li>a later surname-only mention resolves to a person already found in the article.</li>
 * </ol>
 * Load once with {@link #load()}; thread-safe afterwards (all state is read-only, per-call state is local).
 */
public final class GazetteerEntityRecognizer implements EntityRecognizer {
    private final Gazetteer gazetteer;
    private final Map<String, LanguageRules> rules;
    private final GazetteerEntry unsc;
    private final GazetteerEntry unga;
    // Resolution words of every language: a French text may quote "resolution 2254" in English.
    private final java.util.Set<String> resolutionWords = new java.util.HashSet<>();
    private final java.util.Set<String> numberWords = new java.util.HashSet<>();
    // Generic words of institution names, of every language (an English alias may stand in a French text).
    private final java.util.Set<String> genericWords = new java.util.HashSet<>();

    private GazetteerEntityRecognizer(Gazetteer gazetteer, Map<String, LanguageRules> rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        for (LanguageRules r : rules.values()) {
            resolutionWords.addAll(r.resolution);
            numberWords.addAll(r.number);
            genericWords.addAll(r.generic);
        }
        this.unsc = gazetteer.entry("United Nations Security Council");
        this.unga = gazetteer.entry("United Nations General Assembly");
    }

    public static GazetteerEntityRecognizer load() {
        return new GazetteerEntityRecognizer(Gazetteer.load(), LanguageRules.loadAll());
    }

    /** Number of entries and aliases loaded, for logs and docs. */
    public String describe() {
        return gazetteer.entries().size() + " entries, " + gazetteer.aliases().size() + " aliases";
    }

    /** One recognised span: tokens [from, to), what it names and the rule that said so. */
    private record Found(int from, int to, EntityType type, String name, String wikidata, String rule, boolean adjective,
                         Alias alias) {
        Found(int from, int to, EntityType type, String name, String wikidata, String rule, boolean adjective) {
            this(from, to, type, name, wikidata, rule, adjective, null);
        }
    }

    @Override
    public List<Entity> recognize(String text, String lang) {
        return recognize(text, lang, null);
    }

    /** {@inheritDoc} The source is resolved to an outlet of {@code media.tsv}; an unknown outlet changes nothing. */
    @Override
    public List<Entity> recognize(String text, String lang, String source) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        final NormalizedText nt = TextNormalizer.normalize(text);
        final List<Token> toks = Tokenizer.tokenize(nt, false);
        final String language = lang != null && rules.containsKey(lang) ? lang : guessLanguage(toks);
        final Run run = new Run(nt, toks, rules.get(language), gazetteer.outlet(source));
        run.gazetteerPass();
        run.resolutionPass();
        run.rolePass();
        run.shortMentionPass();
        return run.entities();
    }

    private static String guessLanguage(List<Token> toks) {
        int ar = 0;
        int ru = 0;
        int latin = 0;
        for (Token t : toks) {
            switch (t.script()) {
                case ARABIC -> ar++;
                case CYRILLIC -> ru++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (ar >= ru && ar >= latin && ar > 0) {
            return "ar";
        }
        return ru > latin ? "ru" : "en";
    }

    /** Per-call state of one text. */
    private final class Run {
        private final NormalizedText nt;
        private final List<Token> toks;
        private final LanguageRules lr;
        private final Found[] cover;
        private final boolean[] titleCase;
        private final List<Found> found = new ArrayList<>();
        private final GazetteerEntry publisher;

        Run(NormalizedText nt, List<Token> toks, LanguageRules lr, GazetteerEntry publisher) {
            this.nt = nt;
            this.toks = toks;
            this.lr = lr;
            this.publisher = publisher;
            this.cover = new Found[toks.size()];
            this.titleCase = titleCaseLines();
        }

        /** Headlines Written In Title Case: a capital there says nothing about a name. */
        private boolean[] titleCaseLines() {
            final boolean[] out = new boolean[toks.size()];
            int lineStart = 0;
            for (int i = 0; i <= toks.size(); i++) {
                final boolean newLine = i == toks.size()
                        || i > 0 && nt.text().substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf('\n') >= 0;
                if (!newLine) {
                    continue;
                }
                // Title case: every word of four letters or more is capitalised (the second half of "2-month" aside).
                int words = 0;
                int lower = 0;
                for (int k = lineStart; k < i; k++) {
                    final Token t = toks.get(k);
                    final boolean compound = k > 0 && nt.text().charAt(t.start() - 1) == '-';
                    if ((t.script() == Script.LATIN || t.script() == Script.CYRILLIC) && t.end() - t.start() >= 4 && !compound) {
                        words++;
                        if (!t.capitalised() && !t.allCaps()) {
                            lower++;
                        }
                    }
                }
                final boolean tc = words >= 4 && lower == 0;
                for (int k = lineStart; k < i; k++) {
                    out[k] = tc;
                }
                lineStart = i;
            }
            return out;
        }

        private void accept(Found f) {
            found.add(f);
            for (int k = f.from(); k < f.to(); k++) {
                cover[k] = f;
            }
        }

        // ---- 1. gazetteer ----

        void gazetteerPass() {
            int i = 0;
            while (i < toks.size()) {
                final Found f = bestAt(i);
                if (f == null) {
                    i++;
                    continue;
                }
                i = f.to();
                if (partOfLongerName(f.from(), f.to())) {
                    final Found none = new Found(f.from(), f.to(), null, f.name(), null, f.rule(), false, f.alias());
                    for (int k = f.from(); k < f.to(); k++) {
                        cover[k] = none; // "Syrian National Dialogue Congress" is not the US Congress
                    }
                    continue;
                }
                if (f.type() == null || gazetteer.isMedia(f.alias().entry()) && ownDateline(f.from(), f.to())
                        || f.alias().entry() == publisher && ownCredit(f)) {
                    for (int k = f.from(); k < f.to(); k++) {
                        cover[k] = f; // consumed, but names nothing here
                    }
                    continue;
                }
                accept(f);
                final GazetteerEntry state = gazetteer.impliedState(f.alias());
                if (state != null) {
                    found.add(new Found(f.from(), f.to(), state.type(), state.name(), state.wikidata(),
                            "implied:" + f.rule(), false));
                }
            }
        }

        /**
         * An alias made only of generic words ("Congress", "Security Council", "National Coalition") inside a longer
         * capitalised name the gazetteer lacks: a capitalised word right before it ("Syrian National Dialogue
         * Congress", "Ogaden National Liberation Front"), or "of"/"de" and a capitalised word right after it
         * ("Congress of Vienna"). A sentence-initial function word, a weekday and Title Case headlines say nothing.
         */
        private boolean partOfLongerName(int from, int to) {
            if (toks.get(from).script() != Script.LATIN || titleCase[from]) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!toks.get(k).hasKey(genericWords)) {
                    return false;
                }
            }
            if (from > 0 && toks.get(from).joinedToPrev()) {
                final Token prev = toks.get(from - 1);
                if (prev.script() == Script.LATIN && (prev.capitalised() || prev.allCaps())
                        && !prev.hasKey(lr.stop) && !prev.hasKey(lr.links) && !prev.hasKey(lr.honorifics)
                        && !isResolutionWord(prev) && !(prev.sentenceStart() && prev.key().length() <= 3)) {
                    return true;
                }
            }
            if (to + 1 < toks.size() && toks.get(to).joinedToPrev() && toks.get(to + 1).joinedToPrev()) {
                final Token of = toks.get(to);
                final Token next = toks.get(to + 1);
                return (of.key().equals("of") || of.key().equals("de") || of.key().equals("du"))
                        && next.script() == Script.LATIN && next.capitalised() && !next.hasKey(lr.stop);
            }
            return false;
        }

        private Found bestAt(int i) {
            for (TokenTrie.Hit<Alias> hit : gazetteer.trie().matchesAt(toks, i)) {
                final List<Alias> fitting = new ArrayList<>(hit.values().size());
                for (Alias a : hit.values()) {
                    if (a.fits(toks, i)) {
                        fitting.add(a);
                    }
                }
                if (fitting.isEmpty()) {
                    continue;
                }
                final Alias a = choose(fitting, i, hit.length());
                final int to = i + hit.length();
                if (a.kind() == Alias.Kind.ADJECTIVE && !stateContext(i, to)) {
                    continue;
                }
                final boolean surname = fitting.stream()
                        .anyMatch(b -> b.entry() == a.entry() && b.kind() == Alias.Kind.SURNAME);
                if (surname && partOfPersonName(i, to)) {
                    continue;
                }
                final GazetteerEntry e = a.entry();
                return new Found(i, to, e.type(), e.name(), e.wikidata(), a.rule(), a.kind() == Alias.Kind.ADJECTIVE, a);
            }
            return null;
        }

        /** Names before demonyms; between entries sharing the alias, the ambiguity rule decides. */
        private Alias choose(List<Alias> fitting, int from, int len) {
            Alias first = null;
            for (Alias a : fitting) {
                if (a.kind() != Alias.Kind.ADJECTIVE) {
                    first = a;
                    break;
                }
            }
            if (first == null) {
                first = fitting.get(0);
            }
            for (Alias other : fitting) {
                if (other.entry() == first.entry()) {
                    continue;
                }
                final Gazetteer.Ambiguity amb = gazetteer.ambiguity(first.entry(), other.entry());
                if (amb == null) {
                    continue; // unresolved conflicts are reported by the gazetteer test; load order wins
                }
                final GazetteerEntry pick = cueNear(amb, from, from + len) || datelineAt(from, from + len)
                        ? amb.alternative() : amb.preferred();
                for (Alias a : fitting) {
                    if (a.entry() == pick) {
                        return a;
                    }
                }
            }
            return first;
        }

        private boolean cueNear(Gazetteer.Ambiguity amb, int from, int to) {
            for (int k = Math.max(0, from - 5); k < Math.min(toks.size(), to + 3); k++) {
                if (k >= from && k < to) {
                    continue;
                }
                if (toks.get(k).hasKey(amb.cues()) || toks.get(k).hasKey(lr.city)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The publisher's own dateline: an outlet within the first words of an opening paragraph, after a dash or a
         * full stop ("جنيف-سانا", "МОСКВА, 22 мар — РИА Новости.", "16 сентября. INTERFAX.RU"), not in brackets.
         */
        private boolean ownDateline(int from, int to) {
            final String s = nt.text();
            final int start = toks.get(from).start();
            final int para = openingParagraphStart(start, 100);
            if (para < 0) {
                return false;
            }
            int b = start - 1;
            while (b >= para && s.charAt(b) == ' ') {
                b--;
            }
            if (b < para) {
                return false;
            }
            final char before = s.charAt(b);
            return before == '-' || before == '.' || before == '/' || before == ',';
        }

        /**
         * The publisher named as the source of its own article, not as an actor: its credit in brackets
         * ("MINSK (Reuters) -", "(AFP)"), a dateline opening a paragraph ("REUTERS – ", "SANA -"), the addressee or
         * employer of a source ("told Reuters", "a déclaré à l'AFP", "рассказал ТАСС", "تلقت سانا", "لسانا",
         * "a Reuters reporter").
         */
        private boolean ownCredit(Found f) {
            return inBrackets(f.from(), f.to()) || openingDash(f.from(), f.to()) || addressed(f.from())
                    || f.to() < toks.size() && toks.get(f.to()).joinedToPrev() && toks.get(f.to()).hasKey(lr.newsroom)
                    || arabicTo(f);
        }

        private boolean inBrackets(int from, int to) {
            final String s = nt.text();
            boolean open = false;
            for (int k = toks.get(from).start() - 1; k >= Math.max(0, toks.get(from).start() - 40); k--) {
                final char c = s.charAt(k);
                if (c == ')' || c == '\n') {
                    break;
                }
                if (c == '(') {
                    open = true;
                    break;
                }
            }
            if (!open) {
                return false;
            }
            for (int k = toks.get(to - 1).end(); k < Math.min(s.length(), toks.get(to - 1).end() + 40); k++) {
                final char c = s.charAt(k);
                if (c == '(' || c == '\n') {
                    return false;
                }
                if (c == ')') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the paragraph holding {@code offset} starts, when it is one of the first three paragraphs and the
         * offset lies within {@code reach} chars of its start (where datelines and credits stand); else -1.
         */
        private int openingParagraphStart(int offset, int reach) {
            final int para = nt.text().lastIndexOf('\n', offset) + 1;
            return offset - para > reach || paragraphIndex(para) > 2 ? -1 : para;
        }

        /** An outlet opening one of the first paragraphs and followed by a dash: "REUTERS – U.S. Secretary…". */
        private boolean openingDash(int from, int to) {
            final String s = nt.text();
            if (openingParagraphStart(toks.get(from).start(), 60) < 0) {
                return false;
            }
            for (int k = toks.get(to - 1).end(); k < Math.min(s.length(), toks.get(to - 1).end() + 3); k++) {
                final char c = s.charAt(k);
                if (c == '-' || c == '\u2013' || c == '\u2014' || c == ':') {
                    return true;
                }
                if (c != ' ' && c != '\u00A0') {
                    return false;
                }
            }
            return false;
        }

        /** An addressee phrase ends right before the outlet, articles and linking words aside ("told the AP"). */
        private boolean addressed(int from) {
            for (int end = from - 1; end >= Math.max(0, from - 3); end--) {
                for (int start = Math.max(0, end - 3); start <= end; start++) {
                    for (TokenTrie.Hit<String> hit : lr.addressee.matchesAt(toks, start)) {
                        if (start + hit.length() - 1 == end) {
                            return true;
                        }
                    }
                }
                if (!toks.get(end).hasKey(lr.links)) {
                    return false;
                }
            }
            return false;
        }

        /** Arabic ل glued to the outlet: "وقال المصدر لسانا", "في تصريح لوكالة سانا". */
        private boolean arabicTo(Found f) {
            final Token t = toks.get(f.from());
            if (t.script() != Script.ARABIC) {
                return false;
            }
            final String core = Gazetteer.joinedKeys(f.alias().text()).split(" ")[0];
            if (t.form().equals(core) || !t.form().endsWith(core)) {
                return false;
            }
            String prefix = t.form().substring(0, t.form().length() - core.length());
            if (prefix.startsWith("\u0648") || prefix.startsWith("\u0641")) {
                prefix = prefix.substring(1); // و / ف
            }
            return prefix.startsWith("\u0644"); // ل, also لل = ل + ال; not the article ال alone
        }

        private int paragraphIndex(int at) {
            int n = 0;
            for (int k = nt.text().indexOf("\n\n"); k >= 0 && k < at; k = nt.text().indexOf("\n\n", k + 2)) {
                n++;
            }
            return n;
        }

        /** A place opening a paragraph and followed by a dash or bracket is a dateline: the city. */
        private boolean datelineAt(int from, int to) {
            if (!toks.get(from).sentenceStart() || from > 0 && nt.text().charAt(toks.get(from).start() - 1) != '\n') {
                return false;
            }
            final int end = toks.get(to - 1).end();
            final String s = nt.text();
            for (int k = end; k < Math.min(s.length(), end + 3); k++) {
                final char c = s.charAt(k);
                if (c == '-' || c == '(' || c == ',' || c == '\u060C') {
                    return true;
                }
                if (c != ' ') {
                    return false;
                }
            }
            return false;
        }

        /** A demonym names the state beside a state word: after it in English/Russian, before it in Arabic/French. */
        private boolean stateContext(int from, int to) {
            final boolean after = lr.lang.equals("en") || lr.lang.equals("ru");
            final int lo = after ? from - 1 : from - 4;
            final int hi = after ? to + 3 : to + 1;
            for (int k = Math.max(0, lo); k < Math.min(toks.size(), hi); k++) {
                if (k >= from && k < to) {
                    continue;
                }
                if (k > from && toks.get(k).sentenceStart() || k < from && toks.get(k + 1).sentenceStart()) {
                    continue;
                }
                if (toks.get(k).hasKey(lr.state)) {
                    return true;
                }
            }
            // Coordination: "الروسي والتركي", "russe et turc" after an accepted demonym.
            if (!found.isEmpty()) {
                final Found last = found.get(found.size() - 1);
                return last.adjective() && from - last.to() <= 2;
            }
            return false;
        }

        /** "Michael Jordan", "Mr Jordan": the place name is a family name here. */
        private boolean partOfPersonName(int from, int to) {
            if (from == 0 || !toks.get(from).joinedToPrev()) {
                return false;
            }
            final Token prev = toks.get(from - 1);
            if (prev.hasKey(lr.honorifics)) {
                return true;
            }
            return prev.script() != Script.ARABIC && prev.capitalised() && !prev.allCaps() && !prev.sentenceStart()
                    && cover[from - 1] == null && !prev.hasKey(lr.links);
        }

        // ---- 2. resolutions ----

        void resolutionPass() {
            for (int i = 0; i < toks.size(); i++) {
                if (!isResolutionWord(toks.get(i))) {
                    continue;
                }
                GazetteerEntry body = null;
                int k = i + 1;
                while (k < toks.size() && k <= i + 7) {
                    final Token t = toks.get(k);
                    if (number(t) != null) {
                        break;
                    }
                    final Found c = cover[k];
                    if (c != null && c.type() == EntityType.ORG) {
                        body = body != null ? body : bodyOf(c);
                        k = c.to();
                        continue;
                    }
                    if (t.hasKey(lr.links) || t.hasKey(lr.number) || allRules(t)) {
                        k++;
                        continue;
                    }
                    break;
                }
                while (k < toks.size() && number(toks.get(k)) != null && cover[k] == null) {
                    final String n = number(toks.get(k));
                    final GazetteerEntry b = body != null ? body : contextBody(i);
                    final String prefix = b == unga ? "UNGA" : "UNSC";
                    accept(new Found(k, k + 1, EntityType.RESOLUTION, prefix + " Resolution " + n, null,
                            "resolution:" + lr.lang + ":" + prefix.toLowerCase(java.util.Locale.ROOT), false));
                    // "resolutions 2216 and 2254", "2254 و2216"
                    int next = k + 1;
                    if (next < toks.size() && number(toks.get(next)) == null && isConjunction(toks.get(next))) {
                        next++;
                    }
                    k = next;
                }
            }
        }

        private boolean allRules(Token t) {
            return t.hasKey(numberWords);
        }

        private boolean isResolutionWord(Token t) {
            return t.hasKey(resolutionWords);
        }

        private boolean isConjunction(Token t) {
            final String k = t.key();
            return k.equals("and") || k.equals("et") || k.equals("и") || k.equals("و") || k.equals("or");
        }

        /** A 3- or 4-digit number, also glued to an Arabic conjunction ("و2216"). */
        private String number(Token t) {
            for (String k : t.keys()) {
                if (k.length() >= 3 && k.length() <= 4 && k.chars().allMatch(Character::isDigit) && k.charAt(0) != '0') {
                    return k;
                }
            }
            return null;
        }

        private GazetteerEntry bodyOf(Found c) {
            if (unga != null && c.name().equals(unga.name())) {
                return unga;
            }
            if (unsc != null && c.name().equals(unsc.name())) {
                return unsc;
            }
            return null;
        }

        /** The nearer of the Security Council and the General Assembly in the text; the Council when neither. */
        private GazetteerEntry contextBody(int at) {
            int best = Integer.MAX_VALUE;
            GazetteerEntry body = unsc;
            for (Found f : found) {
                final GazetteerEntry b = bodyOf(f);
                if (b != null && Math.abs(f.from() - at) < best) {
                    best = Math.abs(f.from() - at);
                    body = b;
                }
            }
            return body;
        }

        // ---- 3. role + name ----

        void rolePass() {
            int i = 0;
            while (i < toks.size()) {
                if (cover[i] != null) {
                    i = cover[i].to();
                    continue;
                }
                final List<TokenTrie.Hit<String>> hits = lr.roles.matchesAt(toks, i);
                if (hits.isEmpty()) {
                    i++;
                    continue;
                }
                final TokenTrie.Hit<String> role = hits.get(0);
                final int after = i + role.length();
                if (titleCase[i]) {
                    i = after;
                    continue;
                }
                final int nameAt = skipModifiers(after);
                final Found person = nameAt < 0 ? null : captureName(nameAt, role.values().get(0));
                if (person != null) {
                    accept(person);
                    i = person.to();
                } else {
                    i = after;
                }
            }
        }

        /** Skips what stands between a title and the name: demonyms, places, bodies, linking words. */
        private int skipModifiers(int k) {
            int steps = 0;
            while (k < toks.size() && steps < 8) {
                final Found c = cover[k];
                if (c != null && c.type() == EntityType.PERSON) {
                    return -1; // the gazetteer already knows this person
                }
                if (c != null) {
                    k = c.to();
                    steps++;
                    continue;
                }
                final Token t = toks.get(k);
                if (t.hasKey(lr.links) || !lr.roles.matchesAt(toks, k).isEmpty() && steps < 4) {
                    k++;
                    steps++;
                    continue;
                }
                // "Minister of State", "porte-parole des Forces": a capital right after "of"/"des" is not a name.
                return k > 0 && cover[k - 1] == null && toks.get(k - 1).hasKey(lr.links) ? -1 : k;
            }
            return k < toks.size() ? k : -1;
        }

        private Found captureName(int from, String role) {
            final Token first = toks.get(from);
            if (first.sentenceStart() && from > 0 && !first.joinedToPrev()) {
                return null;
            }
            int to = from;
            if (first.script() == Script.ARABIC) {
                while (to < toks.size() && to - from < 4 && cover[to] == null && (to == from || toks.get(to).joinedToPrev())
                        && !toks.get(to).hasKey(lr.stop) && arabicNamePart(to, from)) {
                    to++;
                }
                if (to - from < 2) {
                    return null;
                }
            } else {
                while (to < toks.size() && to - from < 5 && cover[to] == null && (to == from || toks.get(to).joinedToPrev())) {
                    final Token t = toks.get(to);
                    final boolean nameWord = (t.capitalised() || t.allCaps()) && (t.script() == Script.LATIN || t.script() == Script.CYRILLIC)
                            && !t.hasKey(lr.links) && !t.hasKey(lr.stop);
                    final boolean particle = to > from && t.hasKey(lr.particles) && to + 1 < toks.size()
                            && toks.get(to + 1).capitalised() && toks.get(to + 1).joinedToPrev();
                    if (!nameWord && !particle) {
                        break;
                    }
                    if (lr.roles.matchesAt(toks, to).size() > 0 && to == from) {
                        break;
                    }
                    to++;
                }
                if (to == from) {
                    return null;
                }
            }
            final String written = nt.original().substring(nt.originalStart(toks.get(from).start()),
                    nt.originalEnd(toks.get(to - 1).end()));
            final String name = first.script() == Script.CYRILLIC ? Transliteration.latin(RussianNames.nominative(written)) : written;
            return new Found(from, to, EntityType.PERSON, name.replace('\n', ' ').strip(), null,
                    "role:" + lr.lang + ":" + TextNormalizer.normalizeString(role), false);
        }

        /** Arabic names are unmarked; stop at words with the article (except after عبد / بن / أبو / آل). */
        private boolean arabicNamePart(int k, int from) {
            final String raw = nt.text().substring(toks.get(k).start(), toks.get(k).end());
            if (raw.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (raw.startsWith("\u0627\u0644") && k > from) {
                final String prev = nt.text().substring(toks.get(k - 1).start(), toks.get(k - 1).end());
                return prev.equals("\u0639\u0628\u062F") || prev.equals("\u0628\u0646") || prev.equals("\u0627\u0628\u0648")
                        || prev.equals("\u0627\u0644");
            }
            return !raw.startsWith("\u0627\u0644");
        }

        // ---- 4. short mentions ----

        void shortMentionPass() {
            final Map<String, Found> bySurname = new HashMap<>();
            for (Found f : found) {
                if (f.type() == EntityType.PERSON && f.to() - f.from() >= 2) {
                    final Token last = toks.get(f.to() - 1);
                    if (last.key().length() >= 3) {
                        bySurname.putIfAbsent(last.key(), f);
                    }
                }
            }
            if (bySurname.isEmpty()) {
                return;
            }
            for (int i = 0; i < toks.size(); i++) {
                if (cover[i] != null) {
                    i = cover[i].to() - 1;
                    continue;
                }
                final Token t = toks.get(i);
                if (t.script() != Script.ARABIC && !t.capitalised()) {
                    continue;
                }
                for (String k : t.keys()) {
                    final Found p = bySurname.get(k);
                    if (p != null) {
                        accept(new Found(i, i + 1, EntityType.PERSON, p.name(), p.wikidata(), "short:" + p.rule(), false));
                        break;
                    }
                }
            }
        }

        // ---- output ----

        List<Entity> entities() {
            found.sort((a, b) -> Integer.compare(a.from(), b.from()));
            final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
            final Map<String, Found> firstOf = new HashMap<>();
            for (Found f : found) {
                if (f.type() == null) {
                    continue;
                }
                final String key = f.type() + "\u0001" + f.name();
                firstOf.putIfAbsent(key, f);
                final int s = nt.originalStart(toks.get(f.from()).start());
                final int e = nt.originalEnd(toks.get(f.to() - 1).end());
                mentions.computeIfAbsent(key, x -> new ArrayList<>())
                        .add(new Mention(s, e, nt.original().substring(s, e), f.rule()));
            }
            final List<Entity> out = new ArrayList<>(mentions.size());
            for (Map.Entry<String, List<Mention>> m : mentions.entrySet()) {
                final Found f = firstOf.get(m.getKey());
                out.add(new Entity(f.type(), f.name(), f.wikidata(), List.copyOf(m.getValue())));
            }
            return List.copyOf(out);
        }
    }
}
