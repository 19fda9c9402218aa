package org.entente.enrich;

import java.util.List;
import java.util.Objects;
import org.entente.enrich.entities.EntityRecognizer;
import org.entente.enrich.entities.GazetteerEntityRecognizer;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.Phase;
import org.entente.enrich.model.PhaseCue;
import org.entente.enrich.model.Statement;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.phases.PhaseDetector;
import org.entente.enrich.sentences.Sentence;
import org.entente.enrich.sentences.SentenceSplitter;
import org.entente.enrich.statements.StatementExtractor;
import org.entente.enrich.time.RuleTimeTagger;
import org.entente.enrich.time.TimeTagger;
import org.entente.text.NormalizedText;
import org.entente.text.TextNormalizer;

/**
 * The extraction library's single entry point: the enrich topology and {@code entente evaluate} both call
 * {@link #enrich(Document)}. It normalises the text once, settles the language, then runs entities, time,
 * statements and phases. Load once (lexicons and rules are read at construction), then share: thread-safe.
 */
public final class Enricher {
    private final TimeTagger timeTagger;
    private final EntityRecognizer entityRecognizer;
    private final StatementExtractor statements;
    private final PhaseDetector phases;

    /** The library with its rule-based extractors: {@link RuleTimeTagger} and {@link GazetteerEntityRecognizer}. */
    public static Enricher load() {
        return new Enricher(RuleTimeTagger.load(), GazetteerEntityRecognizer.load());
    }

    public Enricher(TimeTagger timeTagger, EntityRecognizer entityRecognizer) {
        this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
        this.entityRecognizer = Objects.requireNonNull(entityRecognizer, "entityRecognizer");
        this.statements = StatementExtractor.load();
        this.phases = PhaseDetector.load();
    }

    public Enrichment enrich(Document doc) {
        final String text = doc.fullText();
        final NormalizedText nt = TextNormalizer.normalize(text);
        final String lang = doc.lang() != null && !doc.lang().isBlank()
            ? doc.lang().strip().toLowerCase(java.util.Locale.ROOT) : ScriptLanguageGuess.guess(nt.text());
        final List<Entity> entities = entityRecognizer.recognize(text, lang, doc.source());
        final List<TimeExpression> times = timeTagger.tag(nt, lang, doc.published());
        final List<Sentence> sentences = SentenceSplitter.split(nt);
        final AnalysedText analysed = new AnalysedText(lang, nt, sentences, doc.published(), times, entities);
        final List<Statement> found = statements.extract(analysed);
        final List<PhaseCue> cues = phases.detect(analysed);
        final List<Phase> asserted = PhaseDetector.aggregate(cues);
        return new Enrichment(lang, entities, times, found, cues, asserted, PhaseDetector.latest(asserted));
    }
}
