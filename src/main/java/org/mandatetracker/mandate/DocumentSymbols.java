package org.mandatetracker.mandate;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One spelling per UN document symbol, so that {@code s/res/2553(2020)} and {@code S/RES/2553 (2020)}
 * are the same document: parts upper-case, no spaces around slashes, one space before the year in
 * brackets; revision parts keep their usual case ({@code A/79/L.12/Rev.1}).
 */
public final class DocumentSymbols {

    /** The longest symbol stored, as the database column allows. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern REVISION = Pattern.compile("(?i)(rev|add|corr|amend)\\.(\\d+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_AROUND_SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\s*\\(\\s*(\\d{4})\\s*\\)");

    private DocumentSymbols() {
    }

    /** The symbol in its one spelling; {@code null} for none. */
    public static String normalise(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        String spaced = YEAR_IN_BRACKETS.matcher(SPACE_AROUND_SLASH.matcher(SPACES.matcher(symbol.strip()).replaceAll(" "))
                .replaceAll("/")).replaceAll(" ($1)");
        return Arrays.stream(spaced.split("/", -1)).map(DocumentSymbols::normalisePart).collect(Collectors.joining("/"));
    }

    private static String normalisePart(String part) {
        var revision = REVISION.matcher(part);
        if (revision.matches()) {
            String kind = revision.group(1).toLowerCase(Locale.ROOT);
            return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "." + revision.group(2);
        }
        return part.toUpperCase(Locale.ROOT);
    }
}
