package org.entente.enrich.time;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule match into slots. A named group's slot is its name without trailing digits ({@code weekday2} is a
 * weekday); its text goes through the language table of that slot: {@code month} → [month], {@code weekday} →
 * [weekday], {@code day}/{@code hour}/{@code amount} → digits or [number] words (summed: "twenty-one",
 * "الحادي والعشرين", "vingt et un"), and so on. A group the tables cannot read voids the match.
 */
final class SlotReader {
    private static final Pattern LEADING_DIGITS = Pattern.compile("(\\d{1,4})[\\p{L}.\\-]{0,4}");

    private SlotReader() {}

    static Map<String, String> read(TimeResources res, TimeRule rule, Matcher m) {
        Map<String, String> slots = new LinkedHashMap<>();
        for (String group : rule.groups()) {
            String text = m.group(group);
            if (text == null) {
                continue;
            }
            int cut = group.length();
            while (cut > 0 && Character.isDigit(group.charAt(cut - 1))) {
                cut--;
            }
            String slot = group.substring(0, cut);
            String value = value(res, slot, text.strip());
            if (value == null) {
                return null;
            }
            slots.put(group, value);
        }
        rule.constants().forEach(slots::putIfAbsent);
        if ("night".equals(slots.get("period")) && "12".equals(slots.get("hour"))
                && Integer.parseInt(slots.getOrDefault("minute", "0")) == 0) {
            slots.put("midnight", "1"); // "الساعة 12 ليلا", "в 12 часов ночи": read like the word "midnight"
        }
        return valid(slots) ? slots : null;
    }

    private static boolean valid(Map<String, String> slots) {
        String month = slots.get("month");
        String day = slots.get("day");
        if (month != null && day != null && Integer.parseInt(month) > 12 && Integer.parseInt(day) <= 12) {
            slots.put("month", day); // 9/16/2016 written the other way round
            slots.put("day", month);
        }
        return inRange(slots.get("day"), 1, 31) && inRange(slots.get("day2"), 1, 31) && inRange(slots.get("hour"), 0, 24)
                && inRange(slots.get("minute"), 0, 59) && inRange(slots.get("month"), 1, 12);
    }

    private static boolean inRange(String v, int lo, int hi) {
        if (v == null) {
            return true;
        }
        int n = Integer.parseInt(v.replace("+", ""));
        return n >= lo && n <= hi;
    }

    private static String value(TimeResources res, String slot, String text) {
        return switch (slot) {
            case "year", "hyear" -> digits(text);
            case "month" -> isDigits(text) ? digits(text) : res.lookup("month", text);
            case "hmonth" -> res.lookup("hmonth", text);
            case "day", "hour", "amount" -> number(res, text);
            case "minute" -> {
                String v = isDigits(text) ? digits(text) : res.lookup("fraction", text);
                yield v != null ? v : number(res, text);
            }
            case "weekday" -> res.lookup("weekday", text);
            case "rel" -> res.lookup("relday", text);
            case "dir", "monthdir", "yeardir" -> res.lookup("dir", text);
            case "period" -> res.lookup("period", text);
            case "zone" -> res.lookup("zone", text);
            case "unit" -> res.lookup("unit", text);
            default -> ""; // a helper group: present, no value
        };
    }

    /** Digits, or number words and ordinals summed token by token. */
    static String number(TimeResources res, String text) {
        Matcher lead = LEADING_DIGITS.matcher(text);
        if (lead.matches()) {
            return digits(lead.group(1)); // 19th, 1er, 7-го
        }
        String direct = wordValue(res, text);
        if (direct != null) {
            return direct;
        }
        int sum = 0;
        int tokens = 0;
        for (String token : text.split("[\\s\\-]+")) {
            if (token.isEmpty() || (res.connector != null && res.connector.matcher(token).matches())) {
                continue;
            }
            String v = wordValue(res, token);
            if (v == null) {
                return null;
            }
            sum += Integer.parseInt(v);
            tokens++;
        }
        return tokens > 0 ? String.valueOf(sum) : null;
    }

    /** A cardinal or an ordinal word. */
    private static String wordValue(TimeResources res, String word) {
        String v = res.lookup("number", word);
        return v != null ? v : res.lookup("ordinal", word);
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String digits(String text) {
        if (!isDigits(text) || text.length() > 4) {
            return null;
        }
        return String.valueOf(Integer.parseInt(text));
    }
}
