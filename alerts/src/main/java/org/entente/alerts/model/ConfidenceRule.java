package org.entente.alerts.model;

import java.util.List;
import org.entente.schemas.avro.Alert;

/**
 * The confidence rule dashboards filter on:
 * <ul>
 *   <li>HIGH: an official source (a configured list of state agencies, ministries and UN outlets) reports it, or at
 *       least two independent outlets do;</li>
 *   <li>MEDIUM: one outlet only, which is an established outlet (a configured list of wire services and major
 *       outlets), or which states an explicit time of day;</li>
 *   <li>LOW: otherwise.</li>
 * </ul>
 * Outlets count as independent when their names differ after case, diacritics and punctuation are folded.
 */
public record ConfidenceRule(OutletList official, OutletList established) {

    public Confidence confidenceOf(final Alert alert) {
        final List<String> sources = alert.getSources();
        if (sources.stream().anyMatch(official::matches) || Outlets.distinctCount(sources) >= 2) {
            return Confidence.HIGH;
        }
        if (sources.stream().anyMatch(established::matches) || alert.getTime() != null) {
            return Confidence.MEDIUM;
        }
        return Confidence.LOW;
    }
}
