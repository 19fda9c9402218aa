package org.entente.alerts.model;

/** What a change record on alerts.events reports. */
public enum AlertStatus {
    /** The first statement of an event. */
    NEW,
    /** An outlet not counted before reports it. */
    CORROBORATED,
    /** A later statement adds a time of day, a duration or an end. */
    UPDATED,
    /** A new alert whose date differs from a recent alert of the same (type, place): see {@code revisionOf}. */
    REVISION
}
