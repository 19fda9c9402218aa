package org.entente.enrich.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stretch of normalised text with the slots a rule (or several adjacent rules, merged) read from it.
 * Slot values are already normalised: {@code month=9}, {@code weekday=1} (Monday), {@code dir=+1}, {@code unit=H}.
 */
final class Candidate {
    private static final Set<String> DATE_SLOTS = Set.of("year", "month", "day", "weekday", "rel", "dir", "monthdir",
            "hmonth", "hyear", "weekday2", "day2", "month2", "yeardir");
    private static final Set<String> TIME_SLOTS = Set.of("hour", "minute", "midnight", "noon");

    final int start;
    final int end;
    final Map<String, String> slots;
    final String rule;
    final int ruleIndex;
    final List<Candidate> parts;
    /** The tense of the sentence around it (+1 future, -1 past, {@link TenseCues#UNMARKED}), once {@link #tenseAsked}. */
    int direction;
    boolean tenseAsked;

    Candidate(int start, int end, Map<String, String> slots, String rule, int ruleIndex) {
        this(start, end, slots, rule, ruleIndex, List.of());
    }

    private Candidate(int start, int end, Map<String, String> slots, String rule, int ruleIndex, List<Candidate> parts) {
        this.start = start;
        this.end = end;
        this.slots = slots;
        this.rule = rule;
        this.ruleIndex = ruleIndex;
        this.parts = parts;
    }

    int length() {
        return end - start;
    }

    boolean has(String slot) {
        return slots.containsKey(slot);
    }

    String get(String slot) {
        return slots.get(slot);
    }

    int getInt(String slot, int otherwise) {
        String v = slots.get(slot);
        return v == null ? otherwise : Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
    }

    boolean isDuration() {
        return has("unit") && !has("shift");
    }

    boolean hasDatePart() {
        return slots.keySet().stream().anyMatch(DATE_SLOTS::contains);
    }

    boolean hasTimePart() {
        return slots.keySet().stream().anyMatch(TIME_SLOTS::contains);
    }

    /** Only the zone (or a bare day period such as "morning"): meaningless alone, meaningful beside a time or date. */
    boolean isModifierOnly() {
        return !hasDatePart() && !hasTimePart() && !has("unit");
    }

    /** Two neighbours make one expression when they say different things: a time and its date, a weekday and its date. */
    boolean canMerge(Candidate next) {
        if (isDuration() || next.isDuration() || (hasTimePart() && next.hasTimePart())) {
            return false; // two clock times ("midnight Damascus time (2200 GMT)") are two expressions
        }
        if ((monthOnly() && next.has("weekday")) || (has("weekday") && next.monthOnly())) {
            return false; // "نهاية الشهر الجاري اعتباراً من يوم السبت": a month and a weekday make no day
        }
        for (String k : next.slots.keySet()) {
            if (slots.containsKey(k) && !slots.get(k).equals(next.slots.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A month with no day ("الشهر المقبل", "next month"). */
    private boolean monthOnly() {
        return (has("monthdir") || has("month")) && !has("day") && !has("day2");
    }

    Candidate merge(Candidate next) {
        Map<String, String> union = new LinkedHashMap<>(slots);
        next.slots.forEach(union::putIfAbsent);
        List<Candidate> all = new ArrayList<>(parts.isEmpty() ? List.of(this) : parts);
        all.addAll(next.parts.isEmpty() ? List.of(next) : next.parts);
        return new Candidate(start, next.end, union, rule + "+" + next.rule, Math.min(ruleIndex, next.ruleIndex), List.copyOf(all));
    }

    @Override
    public String toString() {
        return rule + "[" + start + "," + end + ")" + slots;
    }
}
