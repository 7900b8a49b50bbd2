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
        for (String word : text.toLowerCase().split("[^\\p{L}]+")) {
            switch (word) {
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
