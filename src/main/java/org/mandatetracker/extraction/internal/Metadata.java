package org.mandatetracker.extraction.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;

/**
 * The resolution's symbol, adoption date and status, read from the lines just before it opens (its
 * masthead, not a cover letter's) and from the meeting line after it. The symbol is taken as printed;
 * where the text prints only "79/12." or "Resolution 2461 (2019)", it is completed with the prefix of
 * the adopting body, because that is what the number means.
 */
public final class Metadata {

    /** @param status "adopted" or "draft" */
    public record Values(String symbol, LocalDate adopted, String status) {
    }

    private static final Pattern RESOLUTION_SYMBOL = Pattern.compile(
            "\\b(?:A/HRC/RES/\\d+/\\d+|A/RES/\\d+/\\d+(?:\\s?[A-Z]\\b)?|A/RES/\\d+\\s*\\([IVXLC]+\\)|S/RES/\\d+\\s*\\(\\d{4}\\)"
                    + "|E/RES/\\d{4}/\\d+)");
    private static final Pattern DRAFT_SYMBOL = Pattern.compile(
            "\\b(?:S/\\d{4}/\\d+|A/(?:HRC/)?\\d+/L\\.\\d+(?:/Rev\\.\\d+)?|A/C\\.\\d/\\d+/L\\.\\d+|E/\\d{4}/L\\.\\d+|S/\\d{3,5})\\b");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,4})/(\\d{1,4})\\s*[.．]\\s");
    private static final int ADOPTION_LINES = 30;

    private Metadata() {
    }

    public static Values read(ParsedResolution resolution) {
        Lexicon lexicon = resolution.lexicon();
        List<String> header = resolution.header();
        String symbol = nearest(header, RESOLUTION_SYMBOL);
        if (symbol == null) {
            symbol = numberedSymbol(header, resolution.body());
        }
        boolean draftMarked = false;
        for (String line : header.subList(Math.max(0, header.size() - ADOPTION_LINES), header.size())) {
            draftMarked |= lexicon.draft().matcher(line).find();
        }
        LocalDate adopted = draftMarked ? null : adoptionDate(lexicon, header, resolution.trailer());
        if (symbol == null) {
            symbol = nearest(header, DRAFT_SYMBOL);
            draftMarked |= symbol != null && adopted == null;
        }
        boolean isAdopted = !draftMarked && (adopted != null || symbol != null && RESOLUTION_SYMBOL.matcher(symbol).find());
        return new Values(symbol == null ? null : symbol.replaceAll("\\s+", " "), isAdopted ? adopted : null,
                isAdopted ? "adopted" : "draft");
    }

    private static String nearest(List<String> lines, Pattern pattern) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    private static String numberedSymbol(List<String> header, Body body) {
        for (int i = header.size() - 1; i >= 0; i--) {
            String line = header.get(i).strip();
            Matcher title = NUMBERED_TITLE.matcher(line);
            if (title.find()) {
                return switch (body) {
                    case HUMAN_RIGHTS_COUNCIL -> "A/HRC/RES/" + title.group(1) + "/" + title.group(2);
                    case ECONOMIC_AND_SOCIAL_COUNCIL -> "E/RES/" + title.group(1) + "/" + title.group(2);
                    case GENERAL_ASSEMBLY -> "A/RES/" + title.group(1) + "/" + title.group(2);
                    default -> null;
                };
            }
            if (body == Body.SECURITY_COUNCIL) {
                // the title may stand in another language than the text, as in a translation's cover page
                for (Lexicon lexicon : Lexicons.all()) {
                    Matcher council = lexicon.councilResolution().matcher(line);
                    if (council.find()) {
                        return "S/RES/" + council.group("number") + " (" + council.group("year") + ")";
                    }
                }
            }
        }
        return null;
    }

    /** "Resolution adopted by … on 18 November 2024" above the text, else the meeting line below it. */
    private static LocalDate adoptionDate(Lexicon lexicon, List<String> header, List<String> trailer) {
        for (int i = header.size() - 1; i >= Math.max(0, header.size() - ADOPTION_LINES); i--) {
            if (lexicon.adoption().matcher(header.get(i)).find()) {
                String lines = String.join(" ", header.subList(i, Math.min(header.size(), i + 4)));
                LocalDate date = DeadlineFinder.firstDate(lexicon, lines);
                if (date != null) {
                    return date;
                }
            }
        }
        return DeadlineFinder.firstDate(lexicon, String.join(" ", trailer));
    }
}
