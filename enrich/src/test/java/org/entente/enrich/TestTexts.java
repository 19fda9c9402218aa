package org.entente.enrich;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.EntityType;
import org.entente.enrich.model.Mention;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.model.TimeKind;
import org.entente.enrich.sentences.SentenceSplitter;
import org.entente.text.NormalizedText;
import org.entente.text.TextNormalizer;

/** Builds analysed texts for unit tests: time expressions and entities are given, found by their text. */
public final class TestTexts {
    private final String lang;
    private final String text;
    private final ZonedDateTime published;
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();

    private TestTexts(String lang, String text, String published) {
        this.lang = lang;
        this.text = text;
        this.published = ZonedDateTime.parse(published);
    }

    public static TestTexts of(String lang, String text, String published) {
        return new TestTexts(lang, text, published);
    }

    /** A DATE, TIME or DURATION expression: the first occurrence of {@code span} in the text. */
    public TestTexts time(String span, TimeKind kind, String value) {
        return time(span, kind, value, "test");
    }

    /** The same, with the tagger rule that found it ("en-time-ampm", or "en-rel+en-time-ampm" for combined parts). */
    public TestTexts time(String span, TimeKind kind, String value, String rule) {
        final int at = text.indexOf(span);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + span);
        }
        times.add(new TimeExpression(kind, value, at, at + span.length(), span, rule));
        return this;
    }

    public TestTexts date(String span, String value) {
        return time(span, TimeKind.DATE, value);
    }

    public TestTexts entity(EntityType type, String name, String span) {
        final int at = text.indexOf(span);
        entities.add(new Entity(type, name, null, List.of(new Mention(at, at + span.length(), span, "test"))));
        return this;
    }

    /** An entity mentioned at each of the spans, each looked for after the previous one. */
    public TestTexts entity(EntityType type, String name, String span, String... more) {
        final List<Mention> mentions = new java.util.ArrayList<>();
        int from = 0;
        for (String sp : java.util.stream.Stream.concat(java.util.stream.Stream.of(span), java.util.Arrays.stream(more)).toList()) {
            final int at = text.indexOf(sp, from);
            if (at < 0) {
                throw new IllegalArgumentException("no \"" + sp + "\" after offset " + from + " in: " + text);
            }
            mentions.add(new Mention(at, at + sp.length(), sp, "test"));
            from = at + sp.length();
        }
        entities.add(new Entity(type, name, null, List.copyOf(mentions)));
        return this;
    }

    public AnalysedText build() {
        final NormalizedText nt = TextNormalizer.normalize(text);
        return new AnalysedText(lang, nt, SentenceSplitter.split(nt), published, List.copyOf(times), List.copyOf(entities));
    }
}
