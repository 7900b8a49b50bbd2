package org.mandatetracker.extraction.internal;

/** Which official language a text is written in, from its script and, for Latin script, its commonest words. */
public final class Scripts {

    /** Enough running text to tell English, French and Spanish apart by their commonest words. */
    private static final int LATIN_SAMPLE = 20_000;

    private Scripts() {
    }

    public static String language(String text) {
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // most resolutions are in Latin script: no Unicode lookup for plain ASCII letters
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han += 3; // one character stands for a word
                default -> {
                }
            }
        }
        int max = Math.max(Math.max(latin, cyrillic), Math.max(arabic, han));
        if (max == 0 || max == latin) {
            return latinLanguage(text.substring(0, Math.min(limit, LATIN_SAMPLE)));
        }
        return max == cyrillic ? "ru" : max == arabic ? "ar" : "zh";
    }

    private static String latinLanguage(String text) {
        int en = 0;
        int fr = 0;
        int es = 0;
        int i = 0;
        while (i < text.length()) {
            // words as runs of letters, read in place: splitting the whole sample cost more than the rest
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;
                continue;
            }
            if (i - start > 4) {
                continue;
            }
            switch (text.substring(start, i).toLowerCase()) {
                case "the", "of", "and", "to", "its", "with" -> en++;
                case "le", "les", "des", "et", "du", "aux", "sa", "ses" -> fr++;
                case "el", "los", "las", "y", "del", "su", "sus", "con" -> es++;
                default -> {
                }
            }
        }
        return fr > en && fr >= es ? "fr" : es > en && es > fr ? "es" : "en";
    }
}
