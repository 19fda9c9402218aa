package org.entente.enrich.entities;

/** The writing system of a token; decides how its match keys are formed. */
enum Script {
    LATIN, CYRILLIC, ARABIC, DIGITS, OTHER;

    static Script of(CharSequence s, int start, int end) {
        boolean digits = true;
        for (int i = start; i < end; i++) {
            final char c = s.charAt(i);
            final Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                return ARABIC;
            }
            if (b == Character.UnicodeBlock.CYRILLIC) {
                return CYRILLIC;
            }
            if (Character.isLetter(c)) {
                digits = false;
            }
        }
        if (digits) {
            return DIGITS;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetter(s.charAt(i)) && s.charAt(i) < 0x0250) {
                return LATIN;
            }
        }
        return OTHER;
    }
}
