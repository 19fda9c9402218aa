package org.entente.enrich.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of a demonym written once in the data: French gender and number ("syrien" → syrienne, syriens,
 * syriennes; "turc" → turque), Arabic nisba endings ("سوري" → سورية، سوريين، سوريون), English plural. Russian needs nothing:
 * its case endings are stripped by {@link RussianStem} on both sides.
 */
final class Inflections {
    private Inflections() {}

    static List<String> adjective(String base, String lang) {
        final Set<String> out = new LinkedHashSet<>();
        out.add(base);
        final int sp = base.indexOf(' ');
        if (sp > 0) {
            return List.copyOf(out); // multi-word demonyms are written out in full
        }
        switch (lang) {
            case "fr" -> {
                if (base.endsWith("e")) {
                    out.add(base + "s");
                } else if (base.endsWith("c")) { // turc → turque, grec → grecque
                    final String fem = base.endsWith("ec") ? base + "que" : base.substring(0, base.length() - 1) + "que";
                    out.add(fem);
                    out.add(fem + "s");
                    out.add(base + "s");
                } else if (base.endsWith("en") || base.endsWith("on")) {
                    out.add(base + "ne");
                    out.add(base + "nes");
                    out.add(base + "s");
                } else if (base.endsWith("s") || base.endsWith("x")) {
                    out.add(base + "e");
                    out.add(base + "es");
                } else {
                    out.add(base + "e");
                    out.add(base + "s");
                    out.add(base + "es");
                }
            }
            case "ar" -> {
                if (base.endsWith("\u064A")) { // ي
                    out.add(base + "\u0629");          // ة
                    out.add(base + "\u064A\u0646");    // يين
                    out.add(base + "\u0648\u0646");    // يون
                    out.add(base + "\u0627\u0646");    // يان
                }
            }
            case "en" -> {
                if (!base.endsWith("s") && !base.endsWith("ese")) {
                    out.add(base + "s");
                }
            }
            default -> { }
        }
        return List.copyOf(out);
    }
}
