package org.mandatetracker.extraction.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written in words, cardinal ("ninety", "девяноста", "تسعين", "九十") and ordinal
 * ("seventy-seventh", "soixante-dix-septième", "septuagésimo séptimo", "семьдесят седьмой",
 * "السابعة والسبعين", "第七十七"), in the six official languages. Words are summed the way these
 * languages compose numbers; French "quatre-vingt" multiplies.
 */
public final class NumberWords {

    private static final Map<String, Integer> ENGLISH = new LinkedHashMap<>();
    private static final Map<String, Integer> FRENCH = new LinkedHashMap<>();
    private static final Map<String, Integer> SPANISH = new LinkedHashMap<>();
    /** Russian and Arabic words are matched by stem, longest first, to cover their inflections. */
    private static final Map<String, Integer> RUSSIAN_STEMS = new LinkedHashMap<>();
    private static final Map<String, Integer> ARABIC_STEMS = new LinkedHashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] unitOrdinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < units.length; i++) {
            ENGLISH.put(units[i], i);
            ENGLISH.put(unitOrdinals[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            ENGLISH.put(tens[i], 20 + 10 * i);
            ENGLISH.put(tens[i].substring(0, tens[i].length() - 1) + "ieth", 20 + 10 * i);
        }
        ENGLISH.put("hundred", 100);
        ENGLISH.put("hundredth", 100);
        ENGLISH.put("a", 1);

        String[] fr = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 0; i < fr.length; i++) {
            FRENCH.put(fr[i], i);
        }
        FRENCH.put("une", 1);
        FRENCH.put("premier", 1);
        FRENCH.put("première", 1);
        FRENCH.put("second", 2);
        FRENCH.put("seconde", 2);
        FRENCH.put("vingt", 20);
        FRENCH.put("vingts", 20);
        FRENCH.put("trente", 30);
        FRENCH.put("quarante", 40);
        FRENCH.put("cinquante", 50);
        FRENCH.put("soixante", 60);
        FRENCH.put("cent", 100);
        FRENCH.put("cents", 100);

        String[][] es = {{"uno", "1"}, {"una", "1"}, {"un", "1"}, {"dos", "2"}, {"tres", "3"}, {"cuatro", "4"},
                {"cinco", "5"}, {"seis", "6"}, {"siete", "7"}, {"ocho", "8"}, {"nueve", "9"}, {"diez", "10"},
                {"once", "11"}, {"doce", "12"}, {"trece", "13"}, {"catorce", "14"}, {"quince", "15"},
                {"dieciseis", "16"}, {"diecisiete", "17"}, {"dieciocho", "18"}, {"diecinueve", "19"}, {"veinte", "20"},
                {"treinta", "30"}, {"cuarenta", "40"}, {"cincuenta", "50"}, {"sesenta", "60"}, {"setenta", "70"},
                {"ochenta", "80"}, {"noventa", "90"}, {"cien", "100"}, {"ciento", "100"},
                {"primer", "1"}, {"primero", "1"}, {"segundo", "2"}, {"tercer", "3"}, {"tercero", "3"}, {"cuarto", "4"},
                {"quinto", "5"}, {"sexto", "6"}, {"septimo", "7"}, {"setimo", "7"}, {"octavo", "8"}, {"noveno", "9"},
                {"nono", "9"}, {"decimo", "10"}, {"undecimo", "11"}, {"duodecimo", "12"}, {"vigesimo", "20"},
                {"trigesimo", "30"}, {"cuadragesimo", "40"}, {"quincuagesimo", "50"}, {"sexagesimo", "60"},
                {"septuagesimo", "70"}, {"octogesimo", "80"}, {"nonagesimo", "90"}, {"centesimo", "100"}};
        for (String[] pair : es) {
            SPANISH.put(pair[0], Integer.parseInt(pair[1]));
            if (pair[0].endsWith("o")) {
                SPANISH.put(pair[0].substring(0, pair[0].length() - 1) + "a", Integer.parseInt(pair[1]));
            }
        }

        String[][] ru = {{"одиннадцат", "11"}, {"двенадцат", "12"}, {"тринадцат", "13"}, {"четырнадцат", "14"},
                {"пятнадцат", "15"}, {"шестнадцат", "16"}, {"семнадцат", "17"}, {"восемнадцат", "18"},
                {"девятнадцат", "19"}, {"пятидесят", "50"}, {"пятьдесят", "50"}, {"шестидесят", "60"},
                {"шестьдесят", "60"}, {"семидесят", "70"}, {"семьдесят", "70"}, {"восьмидесят", "80"},
                {"восемьдесят", "80"}, {"девяност", "90"}, {"двадцат", "20"}, {"двадцать", "20"}, {"тридцат", "30"},
                {"тридцать", "30"}, {"сороков", "40"}, {"сорок", "40"}, {"перв", "1"}, {"одн", "1"}, {"один", "1"},
                {"втор", "2"}, {"два", "2"}, {"две", "2"}, {"двух", "2"}, {"трет", "3"}, {"три", "3"}, {"трех", "3"},
                {"трёх", "3"}, {"четверт", "4"}, {"четыр", "4"}, {"пят", "5"}, {"шест", "6"}, {"седьм", "7"},
                {"сем", "7"}, {"восьм", "8"}, {"восем", "8"}, {"девят", "9"}, {"девя", "9"}, {"десят", "10"},
                {"сто", "100"}, {"ста", "100"}, {"сот", "100"}};
        for (String[] pair : ru) {
            RUSSIAN_STEMS.put(pair[0], Integer.parseInt(pair[1]));
        }

        String[][] ar = {{"حادي", "1"}, {"اول", "1"}, {"واحد", "1"}, {"ثاني", "2"}, {"اثن", "2"}, {"ثالث", "3"},
                {"ثلاثين", "30"}, {"ثلاث", "3"}, {"رابع", "4"}, {"اربعين", "40"}, {"اربع", "4"}, {"خامس", "5"},
                {"خمسين", "50"}, {"خمس", "5"}, {"سادس", "6"}, {"ستين", "60"}, {"ست", "6"}, {"سابع", "7"},
                {"سبعين", "70"}, {"سبع", "7"}, {"ثامن", "8"}, {"ثمانين", "80"}, {"ثماني", "8"}, {"تاسع", "9"},
                {"تسعين", "90"}, {"تسع", "9"}, {"عاشر", "10"}, {"عشرين", "20"}, {"عشر", "10"}, {"مائه", "100"},
                {"مئه", "100"}};
        for (String[] pair : ar) {
            ARABIC_STEMS.put(pair[0], Integer.parseInt(pair[1]));
        }
    }

    // compiled once: parse runs for every session ordinal and period a clause names
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile(
            "(?i)(st|nd|rd|th|e|er|ème|ième|º|°|-?я|-?й|-?ой|-?ая)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHENS_OR_SPACES = Pattern.compile("[\\s-]+");
    private static final Pattern ENGLISH_SEPARATORS = Pattern.compile("[\\s-]+|\\band\\b");
    private static final Pattern SPANISH_SEPARATORS = Pattern.compile("[\\s-]+|\\by\\b");
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u0652\\u0670\\u0640]");
    private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NumberWords() {
    }

    /** The value of a number written in digits or words (cardinal or ordinal), or null. */
    public static Integer parse(String language, String words) {
        String text = words.strip();
        if (text.isEmpty()) {
            return null;
        }
        String digits = ORDINAL_SUFFIX.matcher(text).replaceAll("");
        if (digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() && digits.length() <= 4) {
            return Integer.parseInt(digits);
        }
        return switch (language) {
            case "fr" -> french(text);
            case "es" -> sum(split(stripAccents(text), SPANISH_SEPARATORS), SPANISH);
            case "ru" -> byStems(split(text.replace('ё', 'е'), HYPHENS_OR_SPACES), RUSSIAN_STEMS);
            case "ar" -> byStems(split(arabic(text), SPACES), ARABIC_STEMS);
            case "zh" -> chinese(text);
            default -> sum(split(text, ENGLISH_SEPARATORS), ENGLISH);
        };
    }

    private static String[] split(String text, Pattern separators) {
        return separators.split(text.toLowerCase(Locale.ROOT));
    }

    private static Integer sum(String[] words, Map<String, Integer> values) {
        int total = 0;
        boolean any = false;
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            Integer value = values.get(word);
            if (value == null) {
                return null;
            }
            total = value == 100 ? Math.max(total, 1) * 100 : total + value;
            any = true;
        }
        return any ? total : null;
    }

    private static Integer byStems(String[] words, Map<String, Integer> stems) {
        int total = 0;
        boolean any = false;
        for (String word : words) {
            if (word.isBlank() || word.equals("و")) {
                continue;
            }
            Integer value = null;
            for (Map.Entry<String, Integer> stem : stems.entrySet()) {
                if (word.startsWith(stem.getKey())) {
                    value = stem.getValue();
                    break;
                }
            }
            if (value == null) {
                return null;
            }
            total = value == 100 ? Math.max(total, 1) * 100 : total + value;
            any = true;
        }
        return any ? total : null;
    }

    private static Integer french(String text) {
        int total = 0;
        int previous = -1;
        boolean any = false;
        for (String raw : split(text, HYPHENS_OR_SPACES)) {
            if (raw.isBlank() || raw.equals("et")) {
                continue;
            }
            Integer value = FRENCH.get(frenchCardinal(raw));
            if (value == null) {
                return null;
            }
            if (value == 20 && previous == 4) {
                total += 80 - 4;
            } else if (value == 100) {
                total = Math.max(total, 1) * 100;
            } else {
                total += value;
            }
            previous = value;
            any = true;
        }
        return any ? total : null;
    }

    /** "septième" → "sept", "neuvième" → "neuf", "cinquième" → "cinq", "unième" → "un". */
    private static String frenchCardinal(String word) {
        if (!word.endsWith("ième")) {
            return word;
        }
        String stem = word.substring(0, word.length() - 4);
        return switch (stem) {
            case "neuv" -> "neuf";
            case "cinqu" -> "cinq";
            case "quatr", "trent", "quarant", "cinquant", "soixant", "onz", "douz", "treiz", "quatorz", "quinz",
                 "seiz" -> stem + "e";
            default -> stem;
        };
    }

    private static Integer chinese(String text) {
        String digits = text.replace("第", "").replace("届", "").strip();
        int total = 0;
        int current = 0;
        boolean any = false;
        for (char c : digits.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                digit = 2;
            }
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += Math.max(current, 1) * 10;
                current = 0;
            } else if (c == '百') {
                total += Math.max(current, 1) * 100;
                current = 0;
            } else if (Character.isDigit(c)) {
                current = current * 10 + (c - '0');
            } else {
                return null;
            }
            any = true;
        }
        return any ? total + current : null;
    }

    /** Arabic without vowel marks, with one alef, ta marbuta as ha, and without the article. */
    static String arabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : SPACES.split(text)) {
            String w = ALEFS.matcher(ARABIC_MARKS.matcher(word).replaceAll("")).replaceAll("ا")
                    .replace('ى', 'ي').replace('ة', 'ه');
            if (w.startsWith("وال")) {
                w = w.substring(3);
            } else if (w.startsWith("ال")) {
                w = w.substring(2);
            } else if (w.startsWith("و") && w.length() > 3) {
                w = w.substring(1);
            }
            out.append(w).append(' ');
        }
        return out.toString().strip();
    }

    static String stripAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
