package org.entente.enrich.entities;

import org.entente.enrich.model.EntityType;

/**
 * One real-world entity of the gazetteer.
 *
 * @param id        stable id used in rule ids: the Wikidata id, else the ISO country code or the file's key
 * @param type      PERSON, ORG or LOCATION
 * @param name      canonical name (English Wikipedia title, else the common English form)
 * @param wikidata  Wikidata id or null
 * @param source    the data file (and line) it came from
 */
record GazetteerEntry(String id, EntityType type, String name, String wikidata, String source) {}
