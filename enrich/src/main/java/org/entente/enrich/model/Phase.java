package org.entente.enrich.model;

/** Agreement phases in their order (spec/extraction.md section 4): the latest asserted one is the article's phase. */
public enum Phase { NEGOTIATING, AGREED, SIGNED, ENDORSED, IN_FORCE, EXTENDED, VIOLATED, COLLAPSED }
