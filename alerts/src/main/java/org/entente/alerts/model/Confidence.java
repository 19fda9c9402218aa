package org.entente.alerts.model;

/** How far a newsroom can trust an alert; the rule is {@link ConfidenceRule}. Ordered from weakest to strongest. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
