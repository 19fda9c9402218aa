package org.entente.enrich.model;

/** One assertion of a phase in the text, with the cue rule that found it. */
public record PhaseCue(Phase phase, String evidence, int start, int end, String rule) {}
