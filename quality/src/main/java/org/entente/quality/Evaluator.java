package org.entente.quality;

import java.io.IOException;
import java.nio.file.Path;
import org.entente.enrich.Enricher;

/** {@code entente evaluate}: tells the corpus kind from its records and runs the matching evaluation. */
public final class Evaluator {

    private Evaluator() {}

    /** @param out where to write the predictions, or null */
    public static Report evaluate(Path corpus, Path out) throws IOException {
        return switch (CorpusKind.detect(corpus)) {
            case NEWS -> new NewsEvaluation(Enricher.load(), HtmlArticleReader.ingest()).run(corpus, out);
            case TEMPORAL -> TemporalEvaluation.withPipelineTagger().run(corpus, out);
            case BODY -> new BodyEvaluation(HtmlArticleReader.ingest()).run(corpus, out);
        };
    }
}
