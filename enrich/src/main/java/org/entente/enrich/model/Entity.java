package org.entente.enrich.model;

import java.util.List;

/**
 * A distinct real-world entity an article mentions.
 *
 * @param type     PERSON, ORG, LOCATION or RESOLUTION
 * @param name     canonical name: the English Wikipedia title, else the common English form
 * @param wikidata Wikidata id (Q…) where known, else null
 * @param mentions every mention, in text order
 */
public record Entity(EntityType type, String name, String wikidata, List<Mention> mentions) {}
