package org.entente.enrich.model;

/** How a statement asserts its event. Only SCHEDULED and REPORTED raise alerts. */
public enum Modality {
    SCHEDULED, REPORTED, PROPOSED, NEGATED, HYPOTHETICAL;

    public boolean raisesAlert() {
        return this == SCHEDULED || this == REPORTED;
    }
}
