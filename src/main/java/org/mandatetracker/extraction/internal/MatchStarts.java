package org.mandatetracker.extraction.internal;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the matches of a regular expression can start, read from its source once: the characters a match can begin
 * with, which of them only where a word starts ({@code \b}) or at the text's start ({@code ^}), and the longest literal
 * text every match holds ("session"). {@link #finder} tries the pattern only at those places, and not at all in a text
 * without that literal, and finds exactly what {@link Matcher#find()} finds: the engine's own search tries the whole pattern at every position
 * of the text, which was most of the extraction's time (the lexicon patterns open with alternations and {@code \b},
 * which Java cannot skip ahead by).
 *
 * <p>The reading is conservative: a construct it does not know, or a pattern that can match the empty string, lets
 * every position through, and case-insensitive letters let all their case variants through.
 */
final class MatchStarts {

    private static final Map<Pattern, MatchStarts> BY_PATTERN = new ConcurrentHashMap<>();
    private static final Map<String, BitSet> ATOM_CHARACTERS = new ConcurrentHashMap<>();
    private static final int CHARACTERS = Character.MAX_VALUE + 1;

    private final Pattern pattern;
    /** Null when a match may start anywhere. */
    private final BitSet anywhere;
    /** ASCII letters and digits that begin a match only after {@code \b}: not right after another one. */
    private final BitSet atWordStart;
    /** What begins a match at the text's start, where {@code \b} holds before any letter: all of them and what follows a {@code ^}; null when anything may. */
    private final BitSet atTextStart;
    /** A text every match holds (the longest known), or null: a text without it has no match. */
    private final String required;
    private final boolean requiredIgnoresCase;
    /** The ASCII part of both as bit masks (two words each), asked first: most texts' characters are ASCII. */
    private final long[] asciiAnywhere;
    private final long[] asciiAtWordStart;
    private static final long[] ASCII_WORD_CHARACTERS = asciiMask(MatchStarts::isAsciiWordCharacter);

    private MatchStarts(Pattern pattern) {
        this.pattern = pattern;
        Starts starts = new Reader(pattern).read();
        required = starts == null ? null : starts.required;
        requiredIgnoresCase = starts != null && starts.requiredIgnoresCase;
        if (starts == null || starts.nullable) {
            anywhere = null;
            atWordStart = null;
            atTextStart = null;
        } else {
            anywhere = starts.anywhere;
            atWordStart = starts.atWordStart;
            // a match may start inside a pair of surrogates; such text is rare enough to be tried everywhere
            anywhere.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
            if (starts.emptyAtTextStart) {
                atTextStart = null;
            } else {
                atTextStart = starts.atTextStart;
                atTextStart.or(anywhere);
                atTextStart.or(atWordStart);
            }
        }
        asciiAnywhere = anywhere == null ? null : asciiMask(c -> anywhere.get(c));
        asciiAtWordStart = atWordStart == null ? null : asciiMask(c -> atWordStart.get(c));
    }

    private static long[] asciiMask(java.util.function.IntPredicate member) {
        long[] mask = new long[2];
        for (int c = 0; c < 0x80; c++) {
            if (member.test(c)) {
                mask[c >> 6] |= 1L << c;
            }
        }
        return mask;
    }

    private static boolean in(long[] mask, char c) {
        return (mask[c >> 6] & 1L << c) != 0;
    }

    static MatchStarts of(Pattern pattern) {
        return BY_PATTERN.computeIfAbsent(pattern, MatchStarts::new);
    }

    /** The matches of {@code pattern} in {@code text}, as {@code pattern.matcher(text).find()} gives them one by one. */
    static Finder finder(Pattern pattern, CharSequence text) {
        return of(pattern).finder(text);
    }

    /** Whether {@code pattern} matches somewhere in {@code text}, as {@code pattern.matcher(text).find()} tells. */
    static boolean found(Pattern pattern, CharSequence text) {
        return finder(pattern, text).find();
    }

    /** Whether every position of a text may start a match (nothing to skip). */
    boolean everywhere() {
        return anywhere == null;
    }

    /** Whether a match may start at {@code at} of the text ({@code at} may be its length when it is empty). */
    boolean mayStartAt(CharSequence text, int at) {
        if (anywhere == null) {
            return true;
        }
        if (at == 0) {
            return atTextStart == null || text.length() > 0 && atTextStart.get(text.charAt(0));
        }
        char c = text.charAt(at);
        if (c < 0x80) {
            if (in(asciiAnywhere, c)) {
                return true;
            }
            if (!in(asciiAtWordStart, c)) {
                return false;
            }
            char before = text.charAt(at - 1);
            return before >= 0x80 || !in(ASCII_WORD_CHARACTERS, before);
        }
        return anywhere.get(c);
    }

    /**
     * Whether the text holds what every match holds, compared as {@link String#regionMatches(boolean, int, String, int, int)}
     * does, which takes every pair of characters the engine takes for the same and more.
     */
    boolean mayMatchIn(CharSequence text) {
        if (required == null) {
            return true;
        }
        int length = required.length();
        for (int at = 0; at + length <= text.length(); at++) {
            int k = 0;
            while (k < length && same(text.charAt(at + k), required.charAt(k))) {
                k++;
            }
            if (k == length) {
                return true;
            }
        }
        return false;
    }

    private boolean same(char a, char b) {
        if (a == b) {
            return true;
        }
        if (!requiredIgnoresCase) {
            return false;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    /**
     * The matches of the pattern in {@code text} one after the other, as {@code pattern.matcher(text).find()} gives them.
     * For a region with opaque bounds, pass the region's text instead.
     */
    Finder finder(CharSequence text) {
        return new Finder(this, text);
    }

    /** {@link Matcher#find()} over a whole text, trying the pattern only where {@link #mayStartAt} lets it. */
    static final class Finder {
        private final MatchStarts starts;
        private final CharSequence text;
        /** Made at the first place worth trying: most texts have none for most patterns. */
        private Matcher matcher;
        private int next;

        private Finder(MatchStarts starts, CharSequence text) {
            this.starts = starts;
            this.text = text;
        }

        /** Finds the next match; the matcher then holds it. */
        boolean find() {
            if (next == 0 && !starts.mayMatchIn(text)) {
                next = text.length() + 1;
                return false;
            }
            if (next > text.length()) {
                return false;
            }
            if (starts.everywhere()) {
                boolean found = matcher().find(next);
                next = !found ? text.length() + 1 : matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return found;
            }
            for (int at = next; at < text.length() || at == 0; at++) {
                if (starts.mayStartAt(text, at)) {
                    matcher().region(at, text.length());
                    if (matcher.lookingAt()) {
                        next = matcher.end() == at ? at + 1 : matcher.end();
                        return true;
                    }
                }
            }
            next = text.length() + 1;
            return false;
        }

        Matcher matcher() {
            if (matcher == null) {
                // each attempt sees the whole text around it, as a search from the text's start does
                matcher = starts.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }
    }

    /** As {@code \b} sees a character before a letter or digit on any Java version (its Unicode reading changed). */
    private static boolean isAsciiWordCharacter(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** A text of one character, changed in place: the engine is asked about each character without a string for each. */
    private static final class OneCharacter implements CharSequence {
        char c;

        @Override
        public int length() {
            return 1;
        }

        @Override
        public char charAt(int index) {
            return c;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return String.valueOf(c).subSequence(start, end);
        }

        @Override
        public String toString() {
            return String.valueOf(c);
        }
    }

    /**
     * The keys by which case-insensitive matching may take one character for another, Unicode case or not: the same
     * upper case, the same lower case, or the same lower case of the upper case.
     */
    private static final class CaseKeys {
        private static final int[] UPPER = new int[CHARACTERS];
        private static final int[] LOWER = new int[CHARACTERS];
        private static final int[] FOLDED = new int[CHARACTERS];

        static {
            for (int d = 0; d < CHARACTERS; d++) {
                UPPER[d] = Character.toUpperCase(d);
                LOWER[d] = Character.toLowerCase(d);
                FOLDED[d] = Character.toLowerCase(UPPER[d]);
            }
        }

        static void variants(int c, BitSet into) {
            for (int d = 0; d < CHARACTERS; d++) {
                if (UPPER[d] == UPPER[c] || LOWER[d] == LOWER[c] || FOLDED[d] == FOLDED[c]) {
                    into.set(d);
                }
            }
        }
    }

    /** What can begin a match of part of a pattern, and whether that part can match the empty string. */
    private static final class Starts {
        final BitSet anywhere = new BitSet();
        final BitSet atWordStart = new BitSet();
        /** What begins a match at the text's start only, after a {@code ^}. */
        final BitSet atTextStart = new BitSet();
        boolean nullable;
        /** Whether a path through {@code ^} matches the empty string at the text's start. */
        boolean emptyAtTextStart;
        /** A text that every match holds, or null. */
        String required;
        boolean requiredIgnoresCase;

        static Starts empty(boolean nullable) {
            Starts starts = new Starts();
            starts.nullable = nullable;
            return starts;
        }

        void add(Starts other) {
            anywhere.or(other.anywhere);
            atWordStart.or(other.atWordStart);
            atTextStart.or(other.atTextStart);
            emptyAtTextStart |= other.emptyAtTextStart;
        }
    }

    /**
     * Reads the pattern's source. Each part answers what its matches can begin with; a part that can match the empty
     * string lets the next part's beginnings through, and a {@code \b} before them restricts letters and digits to word
     * starts. Null stands for "cannot tell".
     */
    private static final class Reader {
        private final String source;
        private int at;
        private int flags;
        /** Whether the part being read can begin a match: the others are only read past. */
        private boolean collecting = true;

        Reader(Pattern pattern) {
            this.source = pattern.pattern();
            this.flags = pattern.flags();
        }

        Starts read() {
            if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
                return null;
            }
            try {
                Starts starts = alternation(false);
                return at == source.length() ? starts : null;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }

        /** Alternatives up to the end of the group or of the pattern. */
        private Starts alternation(boolean bounded) {
            int outerFlags = flags;
            Starts result = sequence(bounded);
            while (result != null && at < source.length() && source.charAt(at) == '|') {
                at++;
                Starts alternative = sequence(bounded);
                if (alternative == null) {
                    return null;
                }
                result.add(alternative);
                result.nullable |= alternative.nullable;
                result.emptyAtTextStart |= alternative.emptyAtTextStart;
                // what every alternative holds, when they hold the same
                result.required = result.required != null && result.required.equals(alternative.required) ? result.required : null;
                result.requiredIgnoresCase |= alternative.requiredIgnoresCase;
            }
            flags = outerFlags; // inline flags such as (?i) hold to the end of their group
            return result;
        }

        private Starts sequence(boolean boundedAtStart) {
            Starts result = Starts.empty(true);
            boolean bounded = boundedAtStart;
            boolean open = true; // everything so far can match the empty string: this part's beginnings count
            boolean openAtTextStart = false; // the same, on a path through ^: its beginnings count at the text's start only
            boolean outerCollecting = collecting;
            StringBuilder run = new StringBuilder(); // literal characters one after the other: all in every match
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                collecting = outerCollecting && (open || openAtTextStart);
                Part part = part(bounded);
                collecting = outerCollecting;
                if (part == null) {
                    return null;
                }
                Quantity quantity = quantifier();
                if (quantity == null) {
                    return null;
                }
                if (part.literal() != null && quantity.once()) {
                    run.append(part.literal());
                    result.requiredIgnoresCase |= part.literalIgnoresCase();
                } else if (part.kind() == PartKind.CONSUMING) {
                    require(result, run.toString(), false);
                    run.setLength(0);
                    if (!quantity.optional()) {
                        require(result, part.required(), part.requiredIgnoresCase());
                    }
                }
                if (quantity.optional || part.kind == PartKind.ZERO_WIDTH) {
                    if (part.starts != null) {
                        add(result, part.starts, open, openAtTextStart);
                    }
                    continue; // what follows may begin where this part does
                }
                if (part.kind == PartKind.WORD_BOUNDARY) {
                    bounded = true;
                } else if (part.kind == PartKind.TEXT_START) {
                    openAtTextStart |= open;
                    open = false;
                } else {
                    Starts starts = part.starts;
                    add(result, starts, open, openAtTextStart);
                    openAtTextStart = open && starts.emptyAtTextStart
                            || openAtTextStart && (starts.nullable || starts.emptyAtTextStart);
                    open = open && starts.nullable;
                }
            }
            require(result, run.toString(), false);
            result.nullable = open;
            result.emptyAtTextStart |= openAtTextStart;
            return result;
        }

        /** Keeps the longer of the texts every match holds. */
        private static void require(Starts result, String required, boolean ignoresCase) {
            if (required != null && !required.isEmpty() && (result.required == null || required.length() > result.required.length())) {
                result.required = required;
                result.requiredIgnoresCase |= ignoresCase;
            }
        }

        /** Adds a part's beginnings: as they are where the path is open, at the text's start only after a ^. */
        private static void add(Starts result, Starts part, boolean open, boolean openAtTextStart) {
            if (open) {
                result.add(part);
            }
            if (openAtTextStart) {
                result.atTextStart.or(part.anywhere);
                result.atTextStart.or(part.atWordStart);
                result.atTextStart.or(part.atTextStart);
            }
        }

        private enum PartKind { CONSUMING, ZERO_WIDTH, WORD_BOUNDARY, TEXT_START }

        /** One atom: its beginnings (null for assertions) and what kind of part it is. */
        private record Part(PartKind kind, Starts starts, String literal, boolean literalIgnoresCase) {
            Part(PartKind kind, Starts starts) {
                this(kind, starts, null, false);
            }

            /** The text every match of this part holds, or null. */
            String required() {
                return literal != null ? literal : starts == null ? null : starts.required;
            }

            boolean requiredIgnoresCase() {
                return literal != null ? literalIgnoresCase : starts != null && starts.requiredIgnoresCase;
            }
        }

        /** A consuming part that cannot begin a match, read only to move past it. */
        private static final Part NOT_COLLECTED = new Part(PartKind.CONSUMING, Starts.empty(false));

        /** @param once exactly once, neither optional nor repeated */
        private record Quantity(boolean optional, boolean once) {
        }

        private Part part(boolean bounded) {
            char c = source.charAt(at);
            switch (c) {
                case '(' -> {
                    return group(bounded);
                }
                case '[' -> {
                    int start = at;
                    skipClass();
                    return consuming(source.substring(start, at), bounded);
                }
                case '\\' -> {
                    return escape(bounded);
                }
                case '.' -> {
                    at++;
                    return consuming(".", bounded);
                }
                case '^' -> {
                    at++;
                    return new Part((flags & Pattern.MULTILINE) != 0 ? PartKind.ZERO_WIDTH : PartKind.TEXT_START, null);
                }
                case '$' -> {
                    at++;
                    return new Part(PartKind.ZERO_WIDTH, null);
                }
                case '*', '+', '?', '{' -> {
                    return null;
                }
                default -> {
                    int codePoint = source.codePointAt(at);
                    at += Character.charCount(codePoint);
                    return literal(codePoint, bounded);
                }
            }
        }

        private Part group(boolean bounded) {
            at++; // (
            int outerFlags = flags;
            Part part;
            if (source.startsWith("?:", at) || source.startsWith("?>", at)) {
                at += 2;
                part = new Part(PartKind.CONSUMING, alternation(bounded));
            } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                part = lookaround();
            } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                part = lookaround();
            } else if (source.startsWith("?<", at)) {
                int close = source.indexOf('>', at);
                at = close + 1;
                part = new Part(PartKind.CONSUMING, alternation(bounded));
            } else if (source.startsWith("?", at)) {
                at++;
                if (!inlineFlags()) {
                    return null;
                }
                if (source.charAt(at) == ')') {
                    at++;
                    return new Part(PartKind.ZERO_WIDTH, null); // (?i): holds on after it, to the end of the group
                }
                at++; // (?i:
                part = new Part(PartKind.CONSUMING, alternation(bounded));
                flags = outerFlags;
            } else {
                part = new Part(PartKind.CONSUMING, alternation(bounded));
            }
            if (part.starts == null && part.kind == PartKind.CONSUMING || at >= source.length() || source.charAt(at) != ')') {
                return null;
            }
            at++;
            return part;
        }

        private Part lookaround() {
            boolean outerCollecting = collecting;
            collecting = false;
            Starts inner = alternation(false); // read to move past it; it consumes nothing
            collecting = outerCollecting;
            return inner == null ? null : new Part(PartKind.ZERO_WIDTH, null);
        }

        /** Flags such as {@code i}, {@code -i}, {@code iu}; false for those that change what the reading assumes. */
        private boolean inlineFlags() {
            boolean on = true;
            while (at < source.length() && source.charAt(at) != ')' && source.charAt(at) != ':') {
                char f = source.charAt(at++);
                int flag = switch (f) {
                    case 'i' -> Pattern.CASE_INSENSITIVE;
                    case 'u' -> Pattern.UNICODE_CASE;
                    case 'm' -> Pattern.MULTILINE;
                    case 's' -> Pattern.DOTALL;
                    case 'd' -> Pattern.UNIX_LINES;
                    case '-' -> 0;
                    default -> -1;
                };
                if (flag < 0) {
                    return false;
                }
                if (f == '-') {
                    on = false;
                } else {
                    flags = on ? flags | flag : flags & ~flag;
                }
            }
            return at < source.length();
        }

        private Part escape(boolean bounded) {
            int start = at;
            at++; // backslash
            char c = source.charAt(at++);
            switch (c) {
                case 'b' -> {
                    return new Part(PartKind.WORD_BOUNDARY, null);
                }
                case 'B', 'G', 'z', 'Z' -> {
                    return new Part(PartKind.ZERO_WIDTH, null);
                }
                case 'A' -> {
                    return new Part(PartKind.TEXT_START, null);
                }
                case 'Q', 'k', 'X', 'E' -> {
                    return null;
                }
                case 'p', 'P', 'N' -> {
                    if (source.charAt(at) == '{') {
                        at = source.indexOf('}', at) + 1;
                    } else {
                        at++;
                    }
                }
                case 'u' -> at += 4;
                case 'x' -> at = source.charAt(at) == '{' ? source.indexOf('}', at) + 1 : at + 2;
                case 'c' -> at++;
                case '0' -> {
                    int digits = 0;
                    while (digits < 3 && at < source.length() && source.charAt(at) >= '0' && source.charAt(at) <= '7') {
                        at++;
                        digits++;
                    }
                }
                default -> {
                    if (c >= '1' && c <= '9') {
                        return null; // a back reference
                    }
                    if (!Character.isLetterOrDigit(c)) {
                        return literal(c, bounded); // an escaped sign stands for itself
                    }
                }
            }
            return consuming(source.substring(start, at), bounded);
        }

        /** Moves past a character class, nested classes and escapes included. */
        private void skipClass() {
            int depth = 0;
            do {
                char c = source.charAt(at);
                if (c == '\\') {
                    if (source.charAt(at + 1) == 'Q') {
                        throw new IllegalArgumentException("quoted text in a class");
                    }
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
        }

        private Quantity quantifier() {
            if (at >= source.length()) {
                return new Quantity(false, true);
            }
            char c = source.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
                at++;
                optional = true;
            } else if (c == '+') {
                at++;
                optional = false;
            } else if (c == '{') {
                int close = source.indexOf('}', at);
                String bounds = source.substring(at + 1, close);
                int comma = bounds.indexOf(',');
                optional = Integer.parseInt((comma < 0 ? bounds : bounds.substring(0, comma)).strip()) == 0;
                at = close + 1;
            } else {
                return new Quantity(false, true);
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++; // lazy or possessive: the same beginnings
            }
            return new Quantity(optional, false);
        }

        private Part literal(int codePoint, boolean bounded) {
            boolean literalIgnoresCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
            String literal = Character.toString(codePoint);
            if (!collecting || Character.isSupplementaryCodePoint(codePoint)) {
                // surrogates are let through anyway
                return new Part(PartKind.CONSUMING, NOT_COLLECTED.starts, literal, literalIgnoresCase);
            }
            boolean ignoresCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
            BitSet characters = ATOM_CHARACTERS.computeIfAbsent((ignoresCase ? "i " : "- ") + Character.toString(codePoint), k -> {
                BitSet variants = new BitSet();
                variants.set(codePoint);
                if (ignoresCase) {
                    CaseKeys.variants(codePoint, variants);
                }
                return variants;
            });
            Part part = consumingCharacters(characters, bounded);
            return new Part(part.kind, part.starts, literal, literalIgnoresCase);
        }

        /** A class, an escape or the dot: the characters it matches, asked of the engine itself. */
        private Part consuming(String atom, boolean bounded) {
            if (!collecting) {
                return NOT_COLLECTED;
            }
            int atomFlags = flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL | Pattern.UNIX_LINES);
            BitSet characters = ATOM_CHARACTERS.computeIfAbsent(atomFlags + " " + atom, k -> {
                OneCharacter probe = new OneCharacter();
                Matcher matcher = Pattern.compile(atom, atomFlags).matcher(probe);
                BitSet matched = new BitSet();
                for (int d = 0; d < CHARACTERS; d++) {
                    probe.c = (char) d;
                    if (!Character.isSurrogate(probe.c) && matcher.reset().matches()) {
                        matched.set(d);
                    }
                }
                return matched;
            });
            return consumingCharacters(characters, bounded);
        }

        private static Part consumingCharacters(BitSet characters, boolean bounded) {
            Starts starts = Starts.empty(false);
            if (bounded) {
                for (int d = characters.nextSetBit(0); d >= 0; d = characters.nextSetBit(d + 1)) {
                    (isAsciiWordCharacter((char) d) ? starts.atWordStart : starts.anywhere).set(d);
                }
            } else {
                starts.anywhere.or(characters);
            }
            return new Part(PartKind.CONSUMING, starts);
        }
    }
}
