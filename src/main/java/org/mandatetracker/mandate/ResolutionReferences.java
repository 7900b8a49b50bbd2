package org.mandatetracker.mandate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * The earlier resolutions a resolution's own text names ("Recalling its resolution 2677 (2023)",
 * "resolutions 2206 (2015), 2290 (2016) and 2353 (2017)", "paragraph 5 of resolution 78/10"), as the
 * symbols they are imported under, with the paragraphs it names in each. Plain Java.
 *
 * @param paragraphs each referenced symbol (normalised) with the paragraph numbers named in it, possibly none
 */
public record ResolutionReferences(Map<String, Set<String>> paragraphs) {

    /** "resolution 2677 (2023)", "resolutions 78/10 and 78/12": the numbers follow the word. */
    private static final Pattern MENTION = Pattern.compile(
            "(?i)(?:(General Assembly|Security Council|Human Rights Council|Economic and Social Council)\\s+)?"
                    + "resolutions?\\s+((?:(?:\\d+/\\d+|\\d+\\s*\\(\\d{4}\\))(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)?)+)");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)/(\\d+)|(\\d+)\\s*\\((\\d{4})\\)");
    /** "paragraph 5 of resolution", "paragraphs 3 and 4 of its resolution", just before a mention. */
    private static final Pattern PARAGRAPHS_BEFORE = Pattern.compile(
            "(?i)paragraphs?\\s+([\\d\\s,and]+?)\\s+of\\s+(?:its\\s+)?$");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d+");

    public ResolutionReferences {
        paragraphs = Map.copyOf(paragraphs);
    }

    /** The references in every paragraph of {@code resolution}, its own symbol left out. */
    public static ResolutionReferences of(ExtractionResult resolution) {
        String body = resolution.document().body();
        String own = DocumentSymbols.normalise(resolution.document().symbol());
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (ExtractionResult.Paragraph paragraph : resolution.paragraphs()) {
            collect(paragraph.text(), body, found);
            if (paragraph.subparagraphs() != null) {
                paragraph.subparagraphs().forEach(sub -> collect(sub.text(), body, found));
            }
        }
        found.remove(own);
        return new ResolutionReferences(found);
    }

    public Set<String> symbols() {
        return paragraphs.keySet();
    }

    public boolean names(String symbol) {
        return paragraphs.containsKey(symbol);
    }

    /** Whether the text names paragraph {@code paragraph} of {@code symbol}. */
    public boolean names(String symbol, String paragraph) {
        return paragraphs.getOrDefault(symbol, Set.of()).contains(paragraph);
    }

    private static void collect(String text, String ownBody, Map<String, Set<String>> found) {
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            String body = mention.group(1) == null ? ownBody : bodyNamed(mention.group(1));
            Set<String> named = paragraphsBefore(text.substring(Math.max(0, mention.start() - 60), mention.start()));
            Matcher number = NUMBER.matcher(mention.group(2));
            boolean first = true;
            while (number.find()) {
                String symbol = number.group(1) != null ? sessionSymbol(body, number.group(1), number.group(2))
                        : "S/RES/" + number.group(3) + " (" + number.group(4) + ")";
                Set<String> paragraphs = found.computeIfAbsent(symbol, key -> new LinkedHashSet<>());
                if (first) {
                    // "paragraph 5 of resolutions 1 (2001) and 2 (2002)" names paragraph 5 of the first only
                    paragraphs.addAll(named);
                    first = false;
                }
            }
        }
    }

    private static Set<String> paragraphsBefore(String before) {
        Matcher paragraphs = PARAGRAPHS_BEFORE.matcher(before);
        Set<String> numbers = new LinkedHashSet<>();
        if (paragraphs.find()) {
            PARAGRAPH_NUMBER.matcher(paragraphs.group(1)).results().forEach(number -> numbers.add(number.group()));
        }
        return numbers;
    }

    /** "78/10" is a session-numbered resolution of the body that names it (its own, when it says "its"). */
    private static String sessionSymbol(String body, String session, String number) {
        String prefix = Body.HUMAN_RIGHTS_COUNCIL.name().equals(body) ? "A/HRC/RES/"
                : Body.ECONOMIC_AND_SOCIAL_COUNCIL.name().equals(body) ? "E/RES/" : "A/RES/";
        return prefix + session + "/" + number;
    }

    private static String bodyNamed(String words) {
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "security council" -> Body.SECURITY_COUNCIL.name();
            case "human rights council" -> Body.HUMAN_RIGHTS_COUNCIL.name();
            case "economic and social council" -> Body.ECONOMIC_AND_SOCIAL_COUNCIL.name();
            default -> Body.GENERAL_ASSEMBLY.name();
        };
    }
}
