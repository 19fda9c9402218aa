package org.entente.enrich.model;

/** Kind of a time expression's value (spec/extraction.md section 5). */
public enum TimeKind { DATE, TIME, DURATION }
