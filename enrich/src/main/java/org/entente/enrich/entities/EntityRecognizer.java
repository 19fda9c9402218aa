package org.entente.enrich.entities;

import java.util.List;
import org.entente.enrich.model.Entity;

/** Finds entity mentions in a text and resolves each to one canonical entity (spec/extraction.md section 1). */
public interface EntityRecognizer {
    /**
     * @param text the original text (mention offsets refer to it)
     * @param lang ar, en, fr or ru
     * @return distinct entities, each with all its mentions
     */
    List<Entity> recognize(String text, String lang);

    /**
     * As {@link #recognize(String, String)} for a text whose publisher is known: the publisher's own dateline and
     * credit ("GENEVA (Reuters) -", "told Reuters") name no entity. A recogniser that cannot tell ignores it.
     *
     * @param source the outlet that published the text (as in {@code Document.source()}), or null
     */
    default List<Entity> recognize(String text, String lang, String source) {
        return recognize(text, lang);
    }
}
