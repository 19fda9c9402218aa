package org.entente.enrich.entities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Arabic proclitics and the definite article: a text token such as "وبجنيف", "للأمم" or "والسودان" yields the
 * candidate cores "جنيف", "امم", "سودان". Gazetteer aliases are reduced to their core with {@link #core} only
 * (no proclitic stripping: "واشنطن" begins with a waw that is part of the name), and a text token matches when
 * one of its candidates equals the alias core.
 */
final class ArabicClitics {
    private static final String AL = "\u0627\u0644"; // ال
    private static final String[] CONJ = {"", "\u0648", "\u0641"};            // و ف
    private static final String[] PREP = {"", "\u0628", "\u0644", "\u0643"};   // ب ل ك

    private ArabicClitics() {}

    /** The core of an alias token: without a leading ال when enough remains. */
    static String core(String t) {
        return t.startsWith(AL) && t.length() >= 4 ? t.substring(2) : t;
    }

    /** Every reading of a text token with its proclitics removed, the unstripped reading first. */
    static String[] candidates(String t) {
        final Set<String> out = new LinkedHashSet<>(4);
        out.add(core(t));
        for (String c : CONJ) {
            if (!t.startsWith(c)) {
                continue;
            }
            final String t1 = t.substring(c.length());
            for (String p : PREP) {
                if (c.isEmpty() && p.isEmpty() || !t1.startsWith(p)) {
                    continue;
                }
                final String t2 = t1.substring(p.length());
                if (t2.length() < 2) {
                    continue;
                }
                if (p.equals("\u0644") && t2.startsWith("\u0644") && t2.length() >= 3) {
                    out.add(t2.substring(1)); // لل = ل + ال with the alef elided: "للأمم" → "امم"
                }
                out.add(core(t2));
            }
        }
        return out.toArray(new String[0]);
    }
}
