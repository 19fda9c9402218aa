package org.entente.enrich.model;

/** One place an entity is mentioned: offsets in the original text, the text as written, the rule or lexicon entry that matched. */
public record Mention(int start, int end, String text, String rule) {}
