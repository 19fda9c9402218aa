package org.entente.enrich;

import java.util.List;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;

/**
 * The extraction library's single entry point: the enrich topology and {@code entente evaluate} both call
 * {@link #enrich(Document)}. Load once (lexicons and rules are read at construction), then share: thread-safe.
 */
public final class Enricher {

    public static Enricher load() {
        return new Enricher();
    }

    public Enrichment enrich(Document doc) {
        // Skeleton: the extractors are wired in by the time, entity and statement work.
        return new Enrichment(doc.lang(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
