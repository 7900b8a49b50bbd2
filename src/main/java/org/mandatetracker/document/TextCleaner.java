package org.mandatetracker.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what the printed page adds to a document's text, for every format: running headers (the
 * symbol and title repeated at the top of each page), job numbers, bar codes, page numbers and
 * footnotes; and re-joins words hyphenated at the end of a line. Paragraphs broken by a page turn are
 * then contiguous again, so the resolution's own text can be segmented as if it had never been
 * printed. A form feed ({@code \f}) marks a known page end (PDF); text files copied from PDFs carry
 * the same furniture inline, and the same rules find it there.
 */
final class TextCleaner {

    /** UN job number ("24-24695", "24-24695 (E)"), alone or with a page number beside it. */
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "(?:\\d{1,3}/\\d{1,3}\\s+)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{1,3}/\\d{1,3})?");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\d{1,3}/\\d{1,3}|-\\s*\\d{1,4}\\s*-|(?i:page)\\s+\\d{1,4}(?:\\s+(?i:of)\\s+\\d{1,4})?|\\d{1,4}");
    private static final Pattern BAR_CODE = Pattern.compile("\\*\\d{5,}\\*");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern FOOTNOTE_SEPARATOR = Pattern.compile("_{5,}|-{10,}");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("(?:\\d{1,3}|\\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\\s+\\S.*|\\d{1,3}|\\*+");
    private static final Pattern SUPERSCRIPT_FOOTNOTE = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s+\\S.*");
    /** A document symbol such as A/RES/79/254, S/RES/2461 (2019), A/HRC/RES/55/19 or S/2019/266. */
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b[A-Z]{1,4}(?:/[A-Z0-9.]+)+(?:\\s*\\(\\d{4}\\))?(?:/(?:Add|Rev|Corr)\\.\\d+)*");
    private static final Pattern PAGE_OF_PAGES = Pattern.compile("\\d{1,3}/\\d{1,3}");
    private static final Pattern BARE_PAGE_MARK = Pattern.compile("\\d{1,3}/\\d{1,3}|-\\s*\\d{1,4}\\s*-");
    private static final Pattern HYPHEN_AT_END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LOWER_START = Pattern.compile("^(\\p{Ll}[\\p{L}]*)");
    /** How far a page's furniture may reach around its anchor line. */
    private static final int ZONE_REACH = 8;
    private static final int FOOTNOTE_REACH = 80;
    private static final int MASTHEAD_LINES = 200;
    private static final int DROPPED = -1;
    /**
     * The longest text read, in characters: what the longest PDF read ({@link PdfReader#MAX_PAGES}
     * pages) holds at about 4 000 characters a page. A longer text is no resolution, and cleaning and
     * extracting it would hold several copies of it in memory.
     */
    static final int MAX_CHARACTERS = PdfReader.MAX_PAGES * 4_000;

    private TextCleaner() {
    }

    static String clean(String raw) {
        if (raw.length() > MAX_CHARACTERS) {
            throw tooLong();
        }
        List<String> lines = splitLines(normaliseCharacters(raw));
        lines = removeFurniture(lines);
        lines = joinHyphenatedWords(lines);
        return joinCollapsingBlankLines(lines);
    }

    static DocumentReadException tooLong() {
        return new DocumentReadException("document.textTooLong", MAX_CHARACTERS, PdfReader.MAX_PAGES);
    }

    private static String normaliseCharacters(String raw) {
        // most texts have nothing to replace: the text up to the first such character is copied in one go
        int first = 0;
        while (first < raw.length() && raw.charAt(first) != '\r' && replacement(raw.charAt(first)) == raw.charAt(first)) {
            first++;
        }
        if (first == raw.length()) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
                continue;
            }
            int replaced = replacement(c);
            if (replaced != DROPPED) {
                out.append((char) replaced);
            }
        }
        return out.toString();
    }

    /** What a character becomes: itself, a plain hyphen or space, or nothing ({@link #DROPPED}). */
    private static int replacement(char c) {
        return switch (c) {
            // soft hyphens and zero-width characters only steer typesetting
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> DROPPED;
            case '\u2010', '\u2011', '\u2012' -> '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u2002', '\u2003' -> ' ';
            default -> c;
        };
    }

    /** Lines with trailing blanks stripped; a form feed becomes a line of its own. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\f') {
                lines.add(text.substring(start, i).stripTrailing());
                if (c == '\f') {
                    lines.add("\f");
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<String> removeFurniture(List<String> lines) {
        int protectedEnd = firstPageEnd(lines);
        String masthead = null; // built on first need: most text files have no page furniture at all
        boolean[] drop = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (SUPERSCRIPT_FOOTNOTE.matcher(line).matches() || line.equals("\f")) {
                drop[i] = true;
            }
        }
        for (int i = protectedEnd; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean separator = FOOTNOTE_SEPARATOR.matcher(line).matches();
            if (separator || isAnchor(line)) {
                masthead = masthead != null ? masthead
                        : normalise(String.join(" ", lines.subList(0, Math.min(protectedEnd, MASTHEAD_LINES))));
            }
            if (separator) {
                i = dropFootnotes(lines, i, drop, masthead);
            } else if (isAnchor(line)) {
                dropZone(lines, i, drop, masthead);
            }
        }
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** The first page's masthead holds the symbol and dates: nothing before its end is furniture. */
    private static int firstPageEnd(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("\f") || FOOTNOTE_SEPARATOR.matcher(line).matches()
                    || PAGE_OF_PAGES.matcher(line).matches() || line.contains("/") && JOB_NUMBER.matcher(line).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isAnchor(String line) {
        return line.equals("\f") || JOB_NUMBER.matcher(line).matches() || BAR_CODE.matcher(line).matches()
                || BARE_PAGE_MARK.matcher(line).matches();
    }

    /** Drops footnotes from their separator up to the furniture of the next page. */
    private static int dropFootnotes(List<String> lines, int separator, boolean[] drop, String masthead) {
        int limit = Math.min(lines.size(), separator + FOOTNOTE_REACH);
        for (int j = separator + 1; j < limit; j++) {
            if (isAnchor(lines.get(j).strip())) {
                for (int k = separator; k < j; k++) {
                    drop[k] = true;
                }
                dropZone(lines, j, drop, masthead);
                return j;
            }
        }
        // last page: only the separator and what looks like footnotes follow
        drop[separator] = true;
        int j = separator + 1;
        while (j < lines.size() && (lines.get(j).isBlank() || FOOTNOTE_LINE.matcher(lines.get(j).strip()).matches())) {
            drop[j++] = true;
        }
        return j - 1;
    }

    private static void dropZone(List<String> lines, int anchor, boolean[] drop, String masthead) {
        drop[anchor] = true;
        for (int j = anchor - 1; j >= Math.max(0, anchor - ZONE_REACH) && isFurniture(lines.get(j), masthead); j--) {
            drop[j] = true;
        }
        for (int j = anchor + 1; j < Math.min(lines.size(), anchor + 1 + ZONE_REACH)
                && isFurniture(lines.get(j), masthead); j++) {
            drop[j] = true;
        }
    }

    private static boolean isFurniture(String raw, String masthead) {
        String line = raw.strip();
        if (line.isEmpty() || isAnchor(line) || PAGE_NUMBER.matcher(line).matches()) {
            return true;
        }
        Matcher symbol = SYMBOL.matcher(line);
        String rest = symbol.find() ? (line.substring(0, symbol.start()) + line.substring(symbol.end())).strip() : line;
        if (rest.isEmpty()) {
            return true;
        }
        String normalised = normalise(rest);
        return normalised.length() >= 4 && masthead.contains(normalised);
    }

    /** Lower case, runs of white space as one space; a plain loop, as the masthead may be the whole text. */
    private static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().strip();
    }

    /**
     * Joins "recommen-" + "dations" as one word. Whether the hyphen stays is decided by the document
     * itself: if it spells the word without the hyphen elsewhere, the hyphen was a line-break hyphen.
     * Otherwise it is kept, because UN documents are set without automatic hyphenation and a hyphen
     * at the end of a line is usually part of a compound ("context-specific").
     */
    private static List<String> joinHyphenatedWords(List<String> lines) {
        Set<String> vocabulary = null;
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher hyphen = HYPHEN_AT_END.matcher(line);
            if (i + 1 < lines.size() && line.endsWith("-") && hyphen.find()) {
                String next = lines.get(i + 1).stripLeading();
                Matcher lower = LOWER_START.matcher(next);
                if (lower.find()) {
                    if (vocabulary == null) {
                        vocabulary = vocabulary(lines);
                    }
                    String joined = (hyphen.group(1) + lower.group(1)).toLowerCase(Locale.ROOT);
                    String head = vocabulary.contains(joined) ? line.substring(0, line.length() - 1) : line;
                    lines.set(i + 1, head + next);
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    private static Set<String> vocabulary(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            for (String word : NON_LETTERS.split(line)) {
                if (word.length() > 3) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static String joinCollapsingBlankLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(line);
        }
        return out.append('\n').toString();
    }
}
