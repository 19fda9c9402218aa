package org.entente.enrich;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.entente.enrich.model.Entity;
import org.entente.enrich.model.TimeExpression;
import org.entente.enrich.sentences.Sentence;
import org.entente.text.NormalizedText;

/**
 * One article after the shared steps, as the statement and phase extractors read it.
 *
 * @param lang      ar, en, fr or ru
 * @param text      title and body, normalised once; offsets everywhere refer to {@code text.original()}
 * @param sentences the sentences of the text
 * @param published publication time in the publisher's zone
 * @param times     resolved time expressions
 * @param entities  entities with their mentions
 */
public record AnalysedText(String lang, NormalizedText text, List<Sentence> sentences, ZonedDateTime published,
                           List<TimeExpression> times, List<Entity> entities) {
    public LocalDate publicationDate() {
        return published.toLocalDate();
    }

    public String original() {
        return text.original();
    }
}
