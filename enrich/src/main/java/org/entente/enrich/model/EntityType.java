package org.entente.enrich.model;

/** Entity types of spec/extraction.md section 1. */
public enum EntityType { PERSON, ORG, LOCATION, RESOLUTION }
