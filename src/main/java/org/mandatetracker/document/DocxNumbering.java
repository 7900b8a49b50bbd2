package org.mandatetracker.document;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The automatic list numbering of a Word document (word/numbering.xml), enough to print the labels
 * Word shows: decimal, letters and roman numerals with their level text such as "%1." or "(%2)".
 * Counters are per list and reset deeper levels when a higher level advances, as Word does.
 */
final class DocxNumbering {

    static final DocxNumbering NONE = new DocxNumbering(Map.of(), Map.of());

    private record Level(String format, String text, int start) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final Map<String, Map<Integer, Level>> abstractLevels;
    private final Map<String, String> abstractByNumId;
    private final Map<String, int[]> counters = new HashMap<>();

    private DocxNumbering(Map<String, Map<Integer, Level>> abstractLevels, Map<String, String> abstractByNumId) {
        this.abstractLevels = abstractLevels;
        this.abstractByNumId = abstractByNumId;
    }

    static DocxNumbering parse(XMLStreamReader xml) {
        Map<String, Map<Integer, Level>> levels = new HashMap<>();
        Map<String, String> byNumId = new HashMap<>();
        String abstractId = null;
        String numId = null;
        int level = 0;
        String format = "decimal";
        String text = "";
        int start = 1;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new DocumentReadException("document.docx.numberingDtd");
                }
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "abstractNum" -> abstractId = xml.getAttributeValue(W, "abstractNumId");
                        case "lvl" -> {
                            level = parseInt(xml.getAttributeValue(W, "ilvl"), 0);
                            format = "decimal";
                            text = "";
                            start = 1;
                        }
                        case "numFmt" -> format = xml.getAttributeValue(W, "val");
                        case "lvlText" -> text = xml.getAttributeValue(W, "val");
                        case "start" -> start = parseInt(xml.getAttributeValue(W, "val"), 1);
                        case "num" -> numId = xml.getAttributeValue(W, "numId");
                        case "abstractNumId" -> {
                            if (numId != null) {
                                byNumId.put(numId, xml.getAttributeValue(W, "val"));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "lvl".equals(xml.getLocalName())
                        && abstractId != null) {
                    levels.computeIfAbsent(abstractId, k -> new HashMap<>())
                            .put(level, new Level(format, text == null ? "" : text, start));
                }
            }
        } catch (XMLStreamException e) {
            throw DocxReader.damaged(e);
        }
        return new DocxNumbering(levels, byNumId);
    }

    /** Advances the list's counter at this level and returns the label Word would print. */
    String next(String numId, int level) {
        Map<Integer, Level> levels = abstractLevels.get(abstractByNumId.get(numId));
        if (levels == null || !levels.containsKey(level)) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String label = levels.get(level).text();
        for (int l = 0; l <= level; l++) {
            Level spec = levels.get(l);
            if (spec != null) {
                int value = spec.start() + Math.max(count[l], 1) - 1;
                label = label.replace("%" + (l + 1), render(spec.format(), value));
            }
        }
        return label;
    }

    private static String render(String format, int value) {
        return switch (format == null ? "decimal" : format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase();
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperRoman" -> roman(value);
            case "bullet", "none" -> "";
            default -> Integer.toString(value);
        };
    }

    private static String letters(int value) {
        int n = Math.max(1, value);
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int value) {
        int[] numbers = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int n = Math.max(1, Math.min(value, 3999));
        for (int i = 0; i < numbers.length; i++) {
            for (; n >= numbers[i]; n -= numbers[i]) {
                out.append(symbols[i]);
            }
        }
        return out.toString();
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
