package org.entente.quality;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of one evaluation.
 *
 * @param kind   the corpus kind
 * @param scores the figures, in the JSON shape of the matching reference scorer
 * @param table  the same figures as a text table
 * @param errors one line per missed, spurious or wrong item: article id, what, evidence, rule
 */
public record Report(CorpusKind kind, ObjectNode scores, String table, List<String> errors) {}
