package org.entente.enrich.model;

/**
 * A time expression found in a text and resolved against the publication time.
 *
 * @param kind  DATE ({@code YYYY-MM-DD}, or partial {@code YYYY-MM} / {@code YYYY}), TIME
 *              ({@code YYYY-MM-DDTHH:MM±hh:mm}) or DURATION (ISO-8601, e.g. {@code PT48H})
 * @param value the resolved value
 * @param start offset of the first char in the original text
 * @param end   offset after the last char in the original text
 * @param text  the expression as written
 * @param rule  id of the rule that produced it
 */
public record TimeExpression(TimeKind kind, String value, int start, int end, String text, String rule) {}
