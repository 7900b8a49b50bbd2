package org.mandatetracker.mandate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * The earlier resolutions a resolution's own text names ("Recalling its resolution 2677 (2023)",
 * "resolutions 2206 (2015), 2290 (2016) and 2353 (2017)", "paragraph 5 of resolution 78/10"), in any of
 * the six official languages ("Rappelant sa résolution", "Recordando su resolución", "ссылаясь на свою
 * резолюцию", "إذ يشير إلى قراره", "回顾其第2677(2023)号决议"), as the symbols they are imported under,
 * with the paragraphs it names in each. Plain Java.
 *
 * @param paragraphs each referenced symbol (normalised) with the paragraph numbers named in it, possibly none
 */
public record ResolutionReferences(Map<String, Set<String>> paragraphs) {

    /**
     * One resolution number, "2677 (2023)" or "78/10", possibly a Markdown link ("[51/1](#)") as texts
     * converted from the UN's pages carry; Chinese texts write "2677(2023)" or with full-width brackets.
     */
    private static final String ONE_NUMBER = "\\[?(?:\\d+/\\d+|\\d+\\s*[(（]\\d{4}[)）])(?:]\\([^)\\s]*\\))?";
    /** Between two numbers of a list: a comma and the word "and" of each official language, or both. */
    private static final String LIST_SEPARATOR = "(?:\\s*[,،、，]\\s*(?:(?:and|et|y|и)\\s+|و\\s*)?"
            + "|\\s+(?:and|et|y|и)\\s+|\\s*(?:و|和|及)\\s*)";
    private static final String NUMBERS = "((?:" + ONE_NUMBER + LIST_SEPARATOR + "?)+)";
    /**
     * "resolution 2677 (2023)", "résolutions 78/10 et 78/12", "resolución", "резолюцию", "قراره", "القرار":
     * the numbers follow the word (in any of its inflections).
     */
    private static final Pattern MENTION = Pattern.compile(
            "(?iu)(?:(General Assembly|Security Council|Human Rights Council|Economic and Social Council)\\s+)?"
                    + "(?:resolutions?|r[ée]solutions?|resoluci[oó]n(?:es)?|резолюци\\p{L}*|(?:ال)?قرار\\p{L}*)\\s+"
                    + NUMBERS);
    /** "第2677(2023)号决议", "第2206(2015)、2290(2016)和2353(2017)号决议", then perhaps "第5段": Chinese puts the numbers first. */
    private static final Pattern CHINESE_MENTION = Pattern.compile("第\\s*" + NUMBERS + "\\s*号决议(?:第\\s*(\\d+)\\s*段)?");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)/(\\d+)|(\\d+)\\s*[(（](\\d{4})[)）]");
    /**
     * "paragraph 5 of resolution", "paragraphs 3 and 4 of its resolution", "paragraphe 5 de sa résolution",
     * "párrafo 5 de la resolución", "пункте 5 своей резолюции", "الفقرة 5 من القرار": just before a mention.
     */
    private static final Pattern PARAGRAPHS_BEFORE = Pattern.compile(
            "(?iu)(?:paragraphs?|paragraphes?|p[áa]rrafos?|пункт\\p{L}*|(?:ال)?فقر(?:ة|ات|تين))\\s+([\\d\\s,،]+?"
                    + "(?:\\s*(?:and|et|y|и|و)\\s*\\d+)*)\\s+(?:(?:of|de|من)\\s+)?"
                    + "(?:(?:its|sa|la|su|своей|настоящей)\\s+)?$");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d+");

    public ResolutionReferences {
        paragraphs = Map.copyOf(paragraphs);
    }

    /** The references in every paragraph of {@code resolution}, its own symbol left out. */
    public static ResolutionReferences of(ExtractionResult resolution) {
        List<String> texts = new ArrayList<>();
        for (ExtractionResult.Paragraph paragraph : resolution.paragraphs()) {
            texts.add(paragraph.text());
            if (paragraph.subparagraphs() != null) {
                paragraph.subparagraphs().forEach(sub -> texts.add(sub.text()));
            }
        }
        return in(texts, resolution.document().body(), resolution.document().symbol());
    }

    /** The references in the paragraphs of a resolution of {@code body} (its "its resolution 78/10"), its own symbol left out. */
    static ResolutionReferences in(List<String> paragraphs, Body body, String ownSymbol) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        paragraphs.forEach(text -> collect(text, body, found));
        found.remove(DocumentSymbols.normalise(ownSymbol));
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

    private static void collect(String text, Body ownBody, Map<String, Set<String>> found) {
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            Body body = mention.group(1) == null ? ownBody : bodyNamed(mention.group(1));
            add(mention.group(2), body, paragraphsBefore(text.substring(Math.max(0, mention.start() - 60),
                    mention.start())), found);
        }
        Matcher chinese = CHINESE_MENTION.matcher(text);
        while (chinese.find()) {
            add(chinese.group(1), ownBody, chinese.group(2) == null ? Set.of() : Set.of(chinese.group(2)), found);
        }
    }

    /** The symbols of a list of numbers; the paragraphs named go with the first of them. */
    private static void add(String numbers, Body body, Set<String> named, Map<String, Set<String>> found) {
        Matcher number = NUMBER.matcher(numbers);
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

    private static Set<String> paragraphsBefore(String before) {
        Matcher paragraphs = PARAGRAPHS_BEFORE.matcher(before);
        Set<String> numbers = new LinkedHashSet<>();
        if (paragraphs.find()) {
            PARAGRAPH_NUMBER.matcher(paragraphs.group(1)).results().forEach(number -> numbers.add(number.group()));
        }
        return numbers;
    }

    /** "78/10" is a session-numbered resolution of the body that names it (its own, when it says "its"). */
    private static String sessionSymbol(Body body, String session, String number) {
        String prefix = body == Body.HUMAN_RIGHTS_COUNCIL ? "A/HRC/RES/"
                : body == Body.ECONOMIC_AND_SOCIAL_COUNCIL ? "E/RES/" : "A/RES/";
        return prefix + session + "/" + number;
    }

    private static Body bodyNamed(String words) {
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "security council" -> Body.SECURITY_COUNCIL;
            case "human rights council" -> Body.HUMAN_RIGHTS_COUNCIL;
            case "economic and social council" -> Body.ECONOMIC_AND_SOCIAL_COUNCIL;
            default -> Body.GENERAL_ASSEMBLY;
        };
    }
}
