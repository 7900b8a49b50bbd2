package org.mandatetracker.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandatetracker.extraction.Body;

/**
 * Finds the resolution inside a document (it may sit in the annex of a cover letter) and cuts it
 * into preamble and operative paragraphs. Lines are first re-assembled into paragraphs: a paragraph
 * goes on until a line ends with the punctuation that closes resolution paragraphs (",", ";", ".",
 * ":") and the next line starts a new one; so paragraphs broken by page turns or wrapped lines come
 * back whole. Numbers must run in sequence to count as paragraph numbers, and restarting at 1 after
 * a part heading (A, B or I, II) starts a new part.
 */
public final class ResolutionParser {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKDOWN_NOISE = Pattern.compile("\\*+|(?<![\\p{L}\\d])_+|_+(?![\\p{L}\\d])|^#+\\s+|\\\\(?=[()\\[\\]*_.#-])");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\s*(?:[.．]|\\s-)(?:\\s+|$|(?=\\p{L}))");
    private static final Pattern LABEL = Pattern.compile(
            "^[(（]?([a-z]{1,2}|[ivxl]{1,6}|[а-яё]|[\\p{IsArabic}])[)）](?:\\s+|$)|^[(（]([a-z]{1,2}|[ivxl]{1,6})[)）]");
    private static final Pattern PART_HEADING = Pattern.compile("^(?:[A-H]|[IVX]{1,5})\\.?(?:\\s.*)?$");
    /** A meeting line in any of the languages, or a rule: the resolution's text ends there. */
    private static final Pattern END_OF_RESOLUTION = Lexicons.anyOf(Stream.concat(
            Lexicons.all().stream().map(Lexicon::meetingLine), Stream.of(Pattern.compile("^---+$"))).toList());
    /** "…resolution;(1)" or "…,(2)": closing punctuation before a footnote call in parentheses. */
    private static final Pattern CLOSED_BEFORE_PARENTHESIS = Pattern.compile("[,;.:]\\s*\\(?\\d*\\)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int HEADER_LINES = 60;
    private static final int MAX_HEADING_LENGTH = 120;

    private ResolutionParser() {
    }

    /** Markdown emphasis, links and escapes carry no words; they would only hide verbs and numbers. */
    public static String plain(String text) {
        String unlinked = text.contains("](") ? MARKDOWN_LINK.matcher(text).replaceAll("$1") : text;
        StringBuilder out = new StringBuilder(unlinked.length());
        for (String line : unlinked.split("\n", -1)) {
            boolean marked = line.indexOf('*') >= 0 || line.indexOf('_') >= 0 || line.indexOf('#') >= 0
                    || line.indexOf('\\') >= 0;
            out.append((marked ? MARKDOWN_NOISE.matcher(line).replaceAll("") : line).replace('\t', ' ')).append('\n');
        }
        return out.toString();
    }

    /** @return the parsed resolution, or null when no line opens a resolution */
    public static ParsedResolution parse(String text) {
        String[] lines = plain(text).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.length() > 60 || line.isEmpty()) {
                continue;
            }
            for (Lexicon lexicon : Lexicons.all()) {
                for (Map.Entry<Body, Pattern> opener : lexicon.openers().entrySet()) {
                    if (opener.getValue().matcher(line).matches()) {
                        return cut(lines, i, opener.getKey());
                    }
                }
            }
        }
        return null;
    }

    private static ParsedResolution cut(String[] lines, int opener, Body body) {
        List<String> header = List.of(lines).subList(Math.max(0, opener - HEADER_LINES), opener);
        List<String> rest = List.of(lines).subList(opener + 1, lines.length);
        String bodyText = String.join("\n", rest);
        Lexicon lexicon = Lexicons.forLanguage(Scripts.language(bodyText));
        List<String> blocks = new ArrayList<>();
        int end = rest.size();
        boolean numbered = false;
        for (int i = 0; i < rest.size(); i++) {
            String line = rest.get(i).strip();
            numbered |= MatchStarts.found(NUMBER, line);
            // tried at each line's start only: searched for at every position of every line, this was a tenth of the time
            if (MatchStarts.found(END_OF_RESOLUTION, line) || numbered && lexicon.annex().matcher(line).matches()) {
                end = i;
                break;
            }
        }
        assemble(rest.subList(0, end), lexicon, blocks);
        List<String> trailer = rest.subList(end, Math.min(rest.size(), end + 5));
        return segment(lexicon, body, header, trailer, blocks);
    }

    /** Re-assembles wrapped and page-broken lines into paragraph blocks. */
    private static void assemble(List<String> lines, Lexicon lexicon, List<String> blocks) {
        boolean caseMarksStarts = lexicon.capitalisedParagraphs();
        StringBuilder current = new StringBuilder();
        boolean blankBefore = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (current.length() > 0 && startsNewBlock(current, line, blankBefore, caseMarksStarts)) {
                blocks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            blankBefore = false;
        }
        if (current.length() > 0) {
            blocks.add(current.toString());
        }
    }

    private static boolean startsNewBlock(CharSequence previous, String line, boolean blankBefore,
                                          boolean caseMarksStarts) {
        if (isMarkerOnly(previous)) {
            return false;
        }
        if (MatchStarts.found(NUMBER, line) || MatchStarts.found(LABEL, line)) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean closed = ",;:.،؛。；：，".indexOf(last) >= 0
                || last == ')' && MatchStarts.found(CLOSED_BEFORE_PARENTHESIS, previous);
        if (!closed) {
            return previous.length() <= MAX_HEADING_LENGTH && blankBefore && !isContinuation(line, caseMarksStarts)
                    && looksLikeHeading(previous);
        }
        if (caseMarksStarts) {
            // in English, French and Spanish every paragraph starts with a capital letter
            return Character.isUpperCase(firstLetter(line));
        }
        return blankBefore || ".;:。；：".indexOf(last) >= 0;
    }

    private static boolean isContinuation(String line, boolean caseMarksStarts) {
        return caseMarksStarts && Character.isLowerCase(firstLetter(line));
    }

    private static boolean looksLikeHeading(CharSequence block) {
        String text = block.toString();
        return PART_HEADING.matcher(text).matches() || WHITESPACE.split(text).length <= 8 && !text.endsWith("-");
    }

    /** A paragraph number or sub-paragraph label on a line of its own belongs to the next line. */
    private static boolean isMarkerOnly(CharSequence block) {
        // asked for every line: a long block is no marker, and copying it each time made assembly quadratic
        if (block.length() > 6 && !Character.isWhitespace(block.charAt(0))
                && !Character.isWhitespace(block.charAt(block.length() - 1))) {
            return false;
        }
        String text = block.toString().strip();
        return text.length() <= 6 && (LABEL.matcher(text).replaceFirst("").isBlank()
                || NUMBER.matcher(text).replaceFirst("").isBlank());
    }

    private static char firstLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
    }

    private static ParsedResolution segment(Lexicon lexicon, Body body, List<String> header, List<String> trailer,
                                            List<String> blocks) {
        List<ParsedResolution.Block> preamble = new ArrayList<>();
        List<OperativeBuilder> operative = new ArrayList<>();
        String part = null;
        boolean restarted = false;
        boolean headingSinceLast = false;
        for (String block : blocks) {
            MatchStarts.Finder numbers = MatchStarts.finder(NUMBER, block);
            Matcher number = numbers.matcher();
            OperativeBuilder last = operative.isEmpty() ? null : operative.get(operative.size() - 1);
            if (numbers.find()) {
                int n = Integer.parseInt(number.group(1));
                String text = block.substring(number.end()).strip();
                if (last == null && n == 1 || last != null && n == last.number + 1) {
                    operative.add(new OperativeBuilder(n, part, text));
                    headingSinceLast = false;
                    continue;
                }
                if (last != null && n == 1) {
                    if (!headingSinceLast) {
                        break; // numbering restarts without a part heading: an annex's own list
                    }
                    restarted = true;
                    operative.add(new OperativeBuilder(n, part, text));
                    headingSinceLast = false;
                    continue;
                }
            }
            MatchStarts.Finder labels = MatchStarts.finder(LABEL, block);
            Matcher label = labels.matcher();
            if (last != null && labels.find()) {
                String name = label.group(1) != null ? label.group(1) : label.group(2);
                last.subs.add(new ParsedResolution.Sub(name, block.substring(label.end()).strip()));
                continue;
            }
            if (last == null) {
                preamble.add(new ParsedResolution.Block(block));
            } else if (PART_HEADING.matcher(block).matches() && block.length() <= MAX_HEADING_LENGTH) {
                part = block.split("[\\s.]")[0];
                headingSinceLast = true;
            } else if (Character.isLowerCase(firstLetter(block)) && lexicon.capitalisedParagraphs()
                    || last.opensList() && Verbs.startsWithVerb(lexicon, block)) {
                // a lower-case line continues the paragraph; so does an unlettered clause under "in this regard:"
                last.append(block);
            }
        }
        if (operative.isEmpty()) {
            promoteUnnumberedOperative(lexicon, preamble, operative);
        }
        return new ParsedResolution(lexicon, body, header, trailer, preamble, number(operative, restarted));
    }

    /** "Decides: (a) …" — a short resolution whose single operative paragraph has no number. */
    private static void promoteUnnumberedOperative(Lexicon lexicon, List<ParsedResolution.Block> preamble,
                                                   List<OperativeBuilder> operative) {
        for (int i = 0; i < preamble.size(); i++) {
            String text = preamble.get(i).text();
            if (!Verbs.startsWithVerb(lexicon, text) || text.endsWith(",") || text.endsWith("،")
                    || text.endsWith("，")) {
                continue;
            }
            OperativeBuilder only = new OperativeBuilder(1, null, text);
            for (ParsedResolution.Block next : preamble.subList(i + 1, preamble.size())) {
                MatchStarts.Finder labels = MatchStarts.finder(LABEL, next.text());
                Matcher label = labels.matcher();
                if (labels.find()) {
                    String name = label.group(1) != null ? label.group(1) : label.group(2);
                    only.subs.add(new ParsedResolution.Sub(name, next.text().substring(label.end()).strip()));
                }
            }
            preamble.subList(i, preamble.size()).clear();
            operative.add(only);
            return;
        }
    }

    private static List<ParsedResolution.Operative> number(List<OperativeBuilder> builders, boolean restarted) {
        List<ParsedResolution.Operative> operative = new ArrayList<>();
        String firstPart = null;
        for (OperativeBuilder b : builders) {
            if (b.part != null) {
                firstPart = b.part;
                break;
            }
        }
        for (OperativeBuilder b : builders) {
            String number = Integer.toString(b.number);
            if (restarted) {
                String part = b.part != null ? b.part : firstPartBefore(firstPart);
                number = part + "." + number;
            }
            operative.add(new ParsedResolution.Operative(number, b.lead.toString(), List.copyOf(b.subs)));
        }
        return operative;
    }

    /** The label of an unheaded first part: "A" before "B", "I" before "II". */
    private static String firstPartBefore(String laterPart) {
        if (laterPart == null) {
            return "A";
        }
        return laterPart.matches("[IVX]+") ? "I" : "A";
    }

    private static final class OperativeBuilder {
        final int number;
        final String part;
        final StringBuilder lead;
        final List<ParsedResolution.Sub> subs = new ArrayList<>();
        private final boolean opensList;

        OperativeBuilder(int number, String part, String lead) {
            this.number = number;
            this.part = part;
            this.lead = new StringBuilder(lead);
            this.opensList = lead.endsWith(":") || lead.endsWith("：");
        }

        /** The paragraph's own words end with a colon and no lettered item follows: its items lost their letters. */
        boolean opensList() {
            return opensList && subs.isEmpty();
        }

        void append(String text) {
            if (subs.isEmpty()) {
                lead.append(' ').append(text);
            } else {
                ParsedResolution.Sub sub = subs.remove(subs.size() - 1);
                subs.add(new ParsedResolution.Sub(sub.label(), sub.text() + " " + text));
            }
        }
    }
}
