package org.entente.enrich;

import java.util.List;
import org.entente.enrich.entities.EntityRecognizer;
import org.entente.enrich.entities.GazetteerEntityRecognizer;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Enrichment;
import org.entente.enrich.model.Entity;

/**
 * The extraction library's single entry point: the enrich topology and {@code entente evaluate} both call
 * {@link #enrich(Document)}. Load once (lexicons and rules are read at construction), then share: thread-safe.
 */
public final class Enricher {
    private final EntityRecognizer entities;

    private Enricher(EntityRecognizer entities) {
        this.entities = entities;
    }

    public static Enricher load() {
        return new Enricher(GazetteerEntityRecognizer.load());
    }

    public Enrichment enrich(Document doc) {
        final List<Entity> found = entities.recognize(doc.fullText(), doc.lang());
        // Time, statements and phases are wired in by their own work.
        return new Enrichment(doc.lang(), found, List.of(), List.of(), List.of(), List.of(), null);
    }
}
