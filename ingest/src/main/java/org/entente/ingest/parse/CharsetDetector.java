package org.entente.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Guesses the charset of an undeclared page by trial decoding. Valid multi-byte UTF-8 wins outright (other
 * charsets almost never form it by chance); otherwise each single-byte candidate decodes the bytes and its
 * non-ASCII characters are scored for plausibility: letters of the candidate's script weighted by how common
 * they are in its languages, minus unmapped bytes and C1 controls, minus case flips inside words (what
 * windows-1251 read as KOI8-R, or the reverse, looks like).
 */
final class CharsetDetector {

    /** A single-byte candidate, the script its letters should be in, and its letters by descending frequency. */
    private record Candidate(Charset charset, Character.UnicodeScript script, String lettersByFrequency) {}

    private static final String ARABIC_BY_FREQUENCY = "الي منرتبعهدسفكقحجةشطصىأخإزثضغظذءآؤئ";
    private static final String RUSSIAN_BY_FREQUENCY = "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё";
    private static final String LATIN_BY_FREQUENCY = "éèàêçôîùûëïâœüöäßñáíóú";

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(Charset.forName("windows-1256"), Character.UnicodeScript.ARABIC, ARABIC_BY_FREQUENCY),
            new Candidate(Charset.forName("ISO-8859-6"), Character.UnicodeScript.ARABIC, ARABIC_BY_FREQUENCY),
            new Candidate(Charset.forName("windows-1251"), Character.UnicodeScript.CYRILLIC, RUSSIAN_BY_FREQUENCY),
            new Candidate(Charset.forName("KOI8-R"), Character.UnicodeScript.CYRILLIC, RUSSIAN_BY_FREQUENCY),
            new Candidate(Charset.forName("windows-1252"), Character.UnicodeScript.LATIN, LATIN_BY_FREQUENCY));

    private static final int SAMPLE = 256 * 1024;

    private CharsetDetector() {}

    /** The most plausible charset of {@code bytes} (UTF-8 when nothing is non-ASCII). */
    static Charset detect(byte[] bytes) {
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        final byte[] sample = bytes.length > SAMPLE ? java.util.Arrays.copyOf(bytes, SAMPLE) : bytes;
        Charset best = StandardCharsets.UTF_8;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : CANDIDATES) {
            final double score = plausibility(new String(sample, c.charset()), c.script(), c.lettersByFrequency());
            if (score > bestScore) {
                bestScore = score;
                best = c.charset();
            }
        }
        return best;
    }

    /**
     * Plausibility in about [-3, 1] of a decoded text for a charset whose letters should be in {@code script}:
     * the mean weight of its non-ASCII characters. Used also to check a declared charset against the bytes.
     */
    static double plausibility(String text, Character.UnicodeScript script, String lettersByFrequency) {
        double sum = 0;
        int count = 0;
        int caseFlips = 0;
        char prev = ' ';
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c < 0x80) {
                prev = c;
                continue;
            }
            count++;
            if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) {
                sum -= 3;
            } else if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == script) {
                    final int rank = lettersByFrequency.indexOf(Character.toLowerCase(c));
                    sum += rank < 0 ? 0.2 : 1.0 - 0.8 * rank / lettersByFrequency.length();
                    if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                        caseFlips++;
                    }
                } else {
                    sum -= 0.5;
                }
            } else if (!Character.isSpaceChar(c)) {
                sum -= 0.2; // symbols, box drawing, odd punctuation
            }
            prev = c;
        }
        if (count == 0) {
            return 0;
        }
        return (sum - 2.0 * caseFlips) / count;
    }

    /** Plausibility of {@code text} for the script a known charset encodes, or NaN when this class has no view on it. */
    static double plausibilityFor(Charset charset, String text) {
        for (Candidate c : CANDIDATES) {
            if (c.charset().equals(charset)) {
                return plausibility(text, c.script(), c.lettersByFrequency());
            }
        }
        return Double.NaN;
    }

    /** Best plausibility any candidate reaches on these bytes. */
    static double bestPlausibility(byte[] bytes) {
        final byte[] sample = bytes.length > SAMPLE ? java.util.Arrays.copyOf(bytes, SAMPLE) : bytes;
        double best = Double.NEGATIVE_INFINITY;
        for (Candidate c : CANDIDATES) {
            best = Math.max(best, plausibility(new String(sample, c.charset()), c.script(), c.lettersByFrequency()));
        }
        return best;
    }

    static boolean isValidUtf8(byte[] bytes) {
        return strictUtf8(bytes) != null;
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else null. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
