package org.entente.enrich.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction a bare weekday points to: the nearest tense cue of its sentence (future markers such as سـ، سوف,
 * will, va, будет; past ones such as أمس, had, depuis, вчера) decides; with none, the sentence implies no direction
 * ({@link #UNMARKED}) and a weekday takes the nearest such day (spec §2).
 */
final class TenseCues {
    /** No tense cue in the sentence: neither future (+1) nor past (-1). */
    static final int UNMARKED = 0;
    private static final int WINDOW = 120;

    private TenseCues() {}

    static int direction(TimeResources res, String s, Sentences sentences, int start, int end) {
        int sentence = sentences.indexOf(start);
        int from = Math.max(sentences.start(sentence), start - WINDOW);
        int to = Math.min(sentences.end(sentence, s.length()), end + WINDOW);
        int future = Math.min(nearest(res.future, null, s, from, to, start, end),
                nearest(res.futureBefore, null, s, from, start, start, end));
        int past = Math.min(nearest(res.past, null, s, from, start, start, end),
                nearest(res.past, res.speech, s, end, to, start, end));
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            return UNMARKED;
        }
        return future <= past ? 1 : -1;
    }

    /**
     * Distance to the nearest cue outside the expression; cues after it count a little farther than cues before.
     * A cue that is also in {@code skip} does not count ("… Tuesday, said an official": the speech verb after
     * the expression says nothing about when the event happens).
     */
    private static int nearest(Pattern cue, Pattern skip, String s, int from, int to, int start, int end) {
        if (cue == null || from >= to) {
            return Integer.MAX_VALUE;
        }
        Matcher m = cue.matcher(s);
        m.region(from, to);
        m.useTransparentBounds(true);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (skip != null && skip.matcher(m.group()).matches()) {
                continue;
            }
            int d;
            if (m.end() <= start) {
                d = start - m.end();
            } else if (m.start() >= end) {
                d = (m.start() - end) * 3 / 2 + 1;
            } else {
                continue;
            }
            best = Math.min(best, d);
        }
        return best;
    }
}
