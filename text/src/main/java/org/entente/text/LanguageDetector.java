package org.entente.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies the language of a text in two steps: the dominant script of its letters, then, among the languages
 * written in that script, the stopword profile (data files {@code lang/CODE.txt}) that covers most of its words.
 * A script with a single profile (Arabic, Cyrillic) is decided by the script, confirmed by its stopwords when the
 * text is long enough; scripts without a profile map to a fixed code (Hangul: ko, kana: ja, Han: zh).
 * Thread-safe; build once with {@link #getDefault()}.
 */
public final class LanguageDetector {

    /** A detected language with a confidence in [0, 1] and the evidence that decided it. */
    public record Guess(String lang, double confidence, String evidence) {}

    private record Profile(String lang, Character.UnicodeScript script, Set<String> stopwords) {}

    private static final int MIN_LETTERS = 12;
    private static final int MIN_WORDS_FOR_STOPWORDS = 15;
    private static final double MIN_STOPWORD_RATE = 0.12; // news prose in a profiled language scores 0.25-0.45
    private static final LanguageDetector DEFAULT = new LanguageDetector(loadProfiles());

    private final List<Profile> profiles;

    private LanguageDetector(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    public static LanguageDetector getDefault() {
        return DEFAULT;
    }

    /** The ISO 639-1 code of the text's language, or empty when the text is too short or matches no profile. */
    public Optional<String> detect(CharSequence text) {
        return guess(text).map(Guess::lang);
    }

    public Optional<Guess> guess(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        final Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        final List<String> words = new ArrayList<>();
        int letters = 0;
        final StringBuilder word = new StringBuilder();
        final int n = Math.min(text.length(), 8_000); // a few hundred words decide; pages can be long
        for (int i = 0; i <= n; i++) {
            final char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (word.length() > 0 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                word.append(c);
                if (Character.isLetter(c)) {
                    letters++;
                    scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
                }
            } else if (word.length() > 0) {
                words.add(TextNormalizer.normalizeString(word.toString()));
                word.setLength(0);
            }
        }
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        final Map.Entry<Character.UnicodeScript, Integer> top = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        final Character.UnicodeScript script = top.getKey();
        final double scriptShare = top.getValue() / (double) letters;
        switch (script) {
            case HANGUL: return Optional.of(new Guess("ko", scriptShare, "script:HANGUL"));
            case HIRAGANA, KATAKANA: return Optional.of(new Guess("ja", scriptShare, "script:KANA"));
            case HAN: {
                final int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                        + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
                return Optional.of(kana > letters / 20
                        ? new Guess("ja", scriptShare, "script:HAN+KANA")
                        : new Guess("zh", scriptShare, "script:HAN"));
            }
            default: break;
        }
        final List<Profile> candidates = profiles.stream().filter(p -> p.script() == script).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Profile best = null;
        double bestRate = -1;
        double secondRate = 0;
        for (Profile p : candidates) {
            final double rate = stopwordRate(words, p.stopwords());
            if (rate > bestRate) {
                secondRate = Math.max(bestRate, 0);
                best = p;
                bestRate = rate;
            } else if (rate > secondRate) {
                secondRate = rate;
            }
        }
        final boolean longEnough = words.size() >= MIN_WORDS_FOR_STOPWORDS;
        final String evidence = "script:" + script + ",stopwords:" + String.format(Locale.ROOT, "%.2f", bestRate);
        if (candidates.size() == 1) {
            if (longEnough && bestRate < MIN_STOPWORD_RATE / 2) {
                return Optional.empty(); // the script fits but the words do not (another language in that script)
            }
            return Optional.of(new Guess(best.lang(), scriptShare * (longEnough ? 1.0 : 0.7), evidence));
        }
        if (bestRate < (longEnough ? MIN_STOPWORD_RATE : 0.01)) {
            return Optional.empty();
        }
        final double margin = (bestRate - secondRate) / bestRate;
        return Optional.of(new Guess(best.lang(), Math.min(1.0, scriptShare * (0.5 + margin / 2)), evidence));
    }

    private static double stopwordRate(List<String> words, Set<String> stopwords) {
        if (words.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String w : words) {
            if (stopwords.contains(w)) {
                hits++;
            }
        }
        return hits / (double) words.size();
    }

    private static List<Profile> loadProfiles() {
        final List<Profile> out = new ArrayList<>();
        for (String code : readLines("lang/index.txt")) {
            final Set<String> words = new HashSet<>();
            final Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
            for (String w : readLines("lang/" + code + ".txt")) {
                final String norm = TextNormalizer.normalizeString(w);
                words.add(norm);
                norm.codePoints().filter(Character::isLetter)
                        .forEach(cp -> scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
            }
            final Character.UnicodeScript script = scripts.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(new Profile(code, script, Set.copyOf(words)));
        }
        return out;
    }

    /** Non-blank, non-comment lines of a resource beside this class. */
    static List<String> readLines(String resource) {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            final List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    final String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        lines.add(t);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
