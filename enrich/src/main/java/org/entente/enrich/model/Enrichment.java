package org.entente.enrich.model;

import java.util.List;

/**
 * Everything the library extracts from one {@link Document}.
 *
 * @param lang       the language used (given or detected)
 * @param entities   distinct entities with their mentions
 * @param times      resolved time expressions
 * @param statements dated statements, one per (type, date), all modalities
 * @param phaseCues  every phase assertion found
 * @param phases     distinct phases asserted, in phase order
 * @param phase      the latest of {@code phases}, or null
 */
public record Enrichment(String lang, List<Entity> entities, List<TimeExpression> times, List<Statement> statements,
                         List<PhaseCue> phaseCues, List<Phase> phases, Phase phase) {}
