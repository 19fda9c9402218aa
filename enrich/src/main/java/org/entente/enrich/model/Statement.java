package org.entente.enrich.model;

import java.util.List;

/**
 * A statement that fixes the time of a watched event.
 *
 * @param type       alert type
 * @param date       {@code YYYY-MM-DD} in the zone of the event as the text gives it
 * @param time       {@code HH:MM} or null
 * @param offset     UTC offset of {@code time} ({@code +03:00}) or null
 * @param place      canonical place name or null
 * @param duration   ISO-8601 duration or null
 * @param until      end date {@code YYYY-MM-DD} or null
 * @param resolution resolution number (RESOLUTION_ADOPTED) or null
 * @param modality   SCHEDULED, REPORTED, PROPOSED, NEGATED or HYPOTHETICAL
 * @param evidence   the sentence that states it
 * @param start      offset of the evidence in the original text
 * @param end        offset after the evidence
 * @param rules      ids of the trigger, time and association rules that produced it
 */
public record Statement(AlertType type, String date, String time, String offset, String place, String duration,
                        String until, String resolution, Modality modality, String evidence, int start, int end,
                        List<String> rules) {}
