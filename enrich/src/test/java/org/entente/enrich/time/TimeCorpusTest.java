package org.entente.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.enrich.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tagger's corpus of examples, Duckling-style: {@code src/test/resources/time/corpus-<lang>.txt}, one example a
 * line, each with its reference time, the expression of interest between {@code [[ ]]} and the value expected for
 * the expression found overlapping it, or {@code NONE} (negative examples). One parameterised test runs them all;
 * a second checks that every rule of the data files answers at least one example correctly.
 */
class TimeCorpusTest {
    private static RuleTimeTagger tagger;

    /** One example: the text without the markers, the marked span, the expected "KIND VALUE" or "NONE". */
    record Example(String lang, int line, ZonedDateTime ref, String text, int start, int end, String expected) {
        @Override
        public String toString() {
            return lang + ":" + line + " " + text.substring(start, end) + " => " + expected;
        }
    }

    @BeforeAll
    static void load() {
        tagger = RuleTimeTagger.load();
    }

    static Stream<Example> examples() {
        return RuleTimeTagger.LANGUAGES.stream().flatMap(lang -> read(lang).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void resolvesTheMarkedExpressionAsTheCorpusSays(Example e) {
        assertThat(answer(e)).as("%s — found %s", e.text(), tagger.tag(e.text(), e.lang(), e.ref())).isEqualTo(e.expected());
    }

    @Test
    void everyRuleAnswersAtLeastOneExample() {
        for (String lang : RuleTimeTagger.LANGUAGES) {
            Set<String> covered = new LinkedHashSet<>();
            for (Example e : read(lang)) {
                TimeExpression best = best(e);
                if (best != null && !e.expected().equals("NONE") && answer(e).equals(e.expected())) {
                    covered.addAll(Arrays.asList(best.rule().split("\\+")));
                }
            }
            List<String> missing = new ArrayList<>(tagger.ruleIds(lang));
            missing.removeAll(covered);
            assertThat(missing).as("rules of %s without a correctly answered example", lang).isEmpty();
        }
    }

    @Test
    void corpusHasTheRequiredSizeAndNegatives() {
        assertThat(read("ar")).hasSizeGreaterThanOrEqualTo(150);
        assertThat(read("en")).hasSizeGreaterThanOrEqualTo(150);
        assertThat(read("fr")).hasSizeGreaterThanOrEqualTo(60);
        assertThat(read("ru")).hasSizeGreaterThanOrEqualTo(60);
        for (String lang : RuleTimeTagger.LANGUAGES) {
            assertThat(read(lang)).as("negative examples in %s", lang).filteredOn(e -> e.expected().equals("NONE")).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    private static TimeExpression best(Example e) {
        return TimeExpressions.bestOverlap(tagger.tag(e.text(), e.lang(), e.ref()), e.start(), e.end());
    }

    private static String answer(Example e) {
        TimeExpression best = best(e);
        return best == null ? "NONE" : best.kind() + " " + best.value();
    }

    /**
     * Format: {@code @ref 2016-09-10T09:00+03:00[Asia/Damascus]} sets the reference for the lines below;
     * {@code TEXT with [[expression]] => KIND VALUE} or {@code => NONE}; {@code #} starts a comment line.
     */
    static List<Example> read(String lang) {
        String path = "/time/corpus-" + lang + ".txt";
        List<Example> out = new ArrayList<>();
        try (InputStream in = TimeCorpusTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            ZonedDateTime ref = null;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("@ref ")) {
                    ref = ZonedDateTime.parse(s.substring(5).strip());
                    continue;
                }
                int arrow = s.lastIndexOf(" => ");
                int open = s.indexOf("[[");
                int close = s.indexOf("]]");
                if (arrow < 0 || open < 0 || close < open || ref == null) {
                    throw new IllegalStateException(path + ":" + n + ": bad example " + s);
                }
                String marked = s.substring(0, arrow).strip();
                open = marked.indexOf("[[");
                close = marked.indexOf("]]");
                String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
                out.add(new Example(lang, n, ref, text, open, close - 2, s.substring(arrow + 4).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
