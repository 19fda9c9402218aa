package org.entente.enrich.time;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction a bare weekday points to: the nearest tense cue of its sentence (future markers such as سـ، سوف,
 * will, va, будет; past ones such as أمس, had, depuis, вчера) decides; with none, the sentence implies no direction
 * ({@link #UNMARKED}) and a weekday takes the nearest such day (spec §2).
 *
 * <p>One instance per text: each cue pattern is run over a sentence once, when a first expression of that sentence
 * asks, and its matches are kept, so an article with twenty weekdays neither scans its sentences eighty times nor
 * scans the sentences that hold none.
 */
final class TenseCues {
    /** No tense cue in the sentence: neither future (+1) nor past (-1). */
    static final int UNMARKED = 0;
    private static final int WINDOW = 120;

    private final TimeResources res;
    private final String s;
    private final Sentences sentences;
    /** Per sentence: the matches of future, future-before and past cues, once asked. */
    private final java.util.Map<Integer, Matches[]> bySentence = new java.util.HashMap<>(8);

    TenseCues(TimeResources res, String s, Sentences sentences) {
        this.res = res;
        this.s = s;
        this.sentences = sentences;
    }

    int direction(int start, int end) {
        int sentence = sentences.indexOf(start);
        int sentenceStart = sentences.start(sentence);
        int sentenceEnd = sentences.end(sentence, s.length());
        int from = Math.max(sentenceStart, start - WINDOW);
        int to = Math.min(sentenceEnd, end + WINDOW);
        Matches[] cues = bySentence.computeIfAbsent(sentence, k -> new Matches[] {
                Matches.of(res.future, null, s, sentenceStart, sentenceEnd),
                Matches.of(res.futureBefore, null, s, sentenceStart, sentenceEnd),
                Matches.of(res.past, res.speech, s, sentenceStart, sentenceEnd)});
        Matches future = cues[0];
        Matches futureBefore = cues[1];
        Matches past = cues[2];
        int f = Math.min(future.nearest(from, to, start, end, false), futureBefore.nearest(from, start, start, end, false));
        int p = Math.min(past.nearest(from, start, start, end, false), past.nearest(end, to, start, end, true));
        if (f == Integer.MAX_VALUE && p == Integer.MAX_VALUE) {
            return UNMARKED;
        }
        return f <= p ? 1 : -1;
    }

    /** The cue matches of one pattern over a sentence, and which of them are speech verbs. */
    private record Matches(int[] starts, int[] ends, boolean[] speech) {
        static Matches of(TimeResources.Cue cue, Pattern speechCue, String s, int from, int to) {
            if (cue == null) {
                return new Matches(new int[0], new int[0], new boolean[0]);
            }
            int[] starts = new int[8];
            int[] ends = new int[8];
            boolean[] speech = new boolean[8];
            int n = 0;
            Matcher m = cue.pattern().matcher(s);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int p = from; p < to; p++) {
                // A cue opens where a word does (or a word glued to a number); the pattern checks it again.
                char c = s.charAt(p);
                boolean opens = p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1))
                        || (Character.isDigit(s.charAt(p - 1)) && Character.isLetter(c));
                if (!opens || !cue.canStartWith(c) || !cue.openings().mayMatchAt(s, p, to)) {
                    continue;
                }
                m.region(p, to);
                if (!m.lookingAt()) {
                    continue;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                    speech = Arrays.copyOf(speech, n * 2);
                }
                starts[n] = m.start();
                ends[n] = m.end();
                speech[n] = speechCue != null && speechCue.matcher(m.group()).matches();
                n++;
                p = Math.max(p, m.end() - 1); // matches do not overlap, as with find()
            }
            return new Matches(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(speech, n));
        }

        /**
         * Distance to the nearest cue within [from, to) outside the expression; cues after it count a little farther
         * than cues before. With {@code skipSpeech}, a speech verb does not count ("… Tuesday, said an official":
         * the speech verb after the expression says nothing about when the event happens).
         */
        int nearest(int from, int to, int start, int end, boolean skipSpeech) {
            int k = Arrays.binarySearch(starts, from);
            k = k < 0 ? -k - 1 : k;
            int best = Integer.MAX_VALUE;
            for (; k < starts.length && starts[k] < to; k++) {
                if (ends[k] > to || (skipSpeech && speech[k])) {
                    continue;
                }
                int d;
                if (ends[k] <= start) {
                    d = start - ends[k];
                } else if (starts[k] >= end) {
                    d = (starts[k] - end) * 3 / 2 + 1;
                } else {
                    continue;
                }
                best = Math.min(best, d);
            }
            return best;
        }
    }
}
