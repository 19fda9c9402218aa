package org.entente.enrich.time;

import java.time.ZonedDateTime;
import java.util.List;
import org.entente.enrich.model.TimeExpression;
import org.entente.text.NormalizedText;

/** Finds time expressions in a text and resolves them against the publication time (spec/extraction.md section 2). */
public interface TimeTagger {
    /**
     * @param text      the original text (offsets in the results refer to it)
     * @param lang      ar, en, fr or ru
     * @param reference publication time in the publisher's zone
     */
    List<TimeExpression> tag(String text, String lang, ZonedDateTime reference);

    /** The same, on a text already normalised by the caller (the enricher normalises each article once). */
    default List<TimeExpression> tag(NormalizedText text, String lang, ZonedDateTime reference) {
        return tag(text.original(), lang, reference);
    }
}
