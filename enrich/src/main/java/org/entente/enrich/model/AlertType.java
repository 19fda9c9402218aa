package org.entente.enrich.model;

/** The events newsrooms watch (spec/extraction.md section 3). */
public enum AlertType { CEASEFIRE_START, CEASEFIRE_EXTENSION, SECURITY_COUNCIL_MEETING, RESOLUTION_ADOPTED, TALKS_SCHEDULED }
