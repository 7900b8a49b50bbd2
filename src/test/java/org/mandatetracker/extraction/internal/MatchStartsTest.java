package org.mandatetracker.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mandatetracker.TestCorpus;

/** Trying a pattern only where {@link MatchStarts} lets it finds what {@link Matcher#find()} finds, groups included. */
class MatchStartsTest {

    @Test
    void everyLexiconPatternFindsTheSameMatchesInTextsOfEveryLanguage() throws Exception {
        List<Pattern> patterns = new ArrayList<>();
        for (Lexicon lexicon : Lexicons.all()) {
            patterns.addAll(patternsOf(lexicon));
            patterns.addAll(patternsOf(lexicon.deadlines()));
            patterns.addAll(lexicon.openers().values());
        }
        List<String> texts = texts();

        for (Pattern pattern : patterns) {
            assertThat(MatchStarts.of(pattern).everywhere()).as(pattern.pattern()).isFalse();
            for (String text : texts) {
                assertThat(matches(MatchStarts.finder(pattern, text))).as(pattern.pattern())
                        .isEqualTo(matches(pattern.matcher(text)));
            }
        }
    }

    @Test
    void aWordBoundaryLetsOnlyWordStartsThrough() {
        Pattern pattern = Pattern.compile("\\b(?:and|also)\\s*x", Pattern.CASE_INSENSITIVE);
        String text = "band x, AND x, (also x";

        assertThat(MatchStarts.of(pattern).mayStartAt(text, 1)).isFalse();
        assertThat(MatchStarts.of(pattern).mayStartAt(text, 8)).isTrue();
        assertThat(matches(MatchStarts.finder(pattern, text))).isEqualTo(matches(pattern.matcher(text))).hasSize(2);
    }

    @Test
    void anAnchoredPatternIsTriedAtTheTextStartOnlyAndWithWhatCanFollowTheAnchor() {
        Pattern numbered = Pattern.compile("^(\\d{1,3})\\.\\s|^---+$");

        assertThat(MatchStarts.of(numbered).mayStartAt("12. Requests", 0)).isTrue();
        assertThat(MatchStarts.of(numbered).mayStartAt("Recalls 12. ", 0)).isFalse();
        assertThat(MatchStarts.of(numbered).mayStartAt("Recalls 12. ", 8)).isFalse();
        assertThat(matches(MatchStarts.finder(numbered, "---"))).isEqualTo(matches(numbered.matcher("---"))).hasSize(1);
    }

    @Test
    void anEmptyMatchAtTheTextStartIsFoundAndAnEmptyMatchMovesOn() {
        Pattern start = Pattern.compile("^|x");
        Pattern optional = Pattern.compile("y?");

        assertThat(matches(MatchStarts.finder(start, ""))).isEqualTo(matches(start.matcher(""))).hasSize(1);
        assertThat(matches(MatchStarts.finder(start, "axbx"))).isEqualTo(matches(start.matcher("axbx")));
        assertThat(MatchStarts.of(optional).everywhere()).isTrue();
        assertThat(matches(MatchStarts.finder(optional, "ayyb"))).isEqualTo(matches(optional.matcher("ayyb")));
    }

    @Test
    void aTextWithoutTheWordsEveryMatchHoldsIsNotSearched() {
        Pattern session = Pattern.compile("\\b[a-z]++\\s+(?:regular\\s+)?session\\b|\\bsession\\s+of\\s+\\d{4}", Pattern.CASE_INSENSITIVE);
        Pattern either = Pattern.compile("annual|yearly");

        assertThat(MatchStarts.of(session).mayMatchIn("at its eightieth meeting")).isFalse();
        assertThat(MatchStarts.of(session).mayMatchIn("at its eightieth SESSION")).isTrue();
        assertThat(MatchStarts.of(either).mayMatchIn("yearly")).isTrue();
        assertThat(matches(MatchStarts.finder(session, "its Eightieth Session, the session of 2025")))
                .isEqualTo(matches(session.matcher("its Eightieth Session, the session of 2025"))).hasSize(2);
    }

    @Test
    void whatTheReadingDoesNotKnowLetsEveryPositionThrough() {
        Pattern backReference = Pattern.compile("(a)\\1");
        Pattern comments = Pattern.compile("a # a comment", Pattern.COMMENTS);

        assertThat(MatchStarts.of(backReference).everywhere()).isTrue();
        assertThat(MatchStarts.of(comments).everywhere()).isTrue();
        assertThat(matches(MatchStarts.finder(backReference, "baab aa"))).isEqualTo(matches(backReference.matcher("baab aa")));
    }

    @Test
    void caseInsensitiveLettersLetTheirOtherCasesThrough() {
        Pattern pattern = Pattern.compile("(?iu:éléments)|(?-i:K)x");

        assertThat(matches(MatchStarts.finder(pattern, "Les ÉLÉMENTS, Kx kx"))).isEqualTo(matches(pattern.matcher("Les ÉLÉMENTS, Kx kx")))
                .hasSize(2);
    }

    private static List<Pattern> patternsOf(Object part) throws ReflectiveOperationException {
        List<Pattern> patterns = new ArrayList<>();
        for (Method method : part.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() == Pattern.class && method.invoke(part) != null) {
                patterns.add((Pattern) method.invoke(part));
            }
        }
        return patterns;
    }

    /** The texts of each language's tests and the first texts of the corpus. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(TestCorpus.RESOURCES.resolve("extraction")),
                Files.list(TestCorpus.TEXTS).sorted().limit(12))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    private static List<String> matches(MatchStarts.Finder finder) {
        List<String> found = new ArrayList<>();
        while (finder.find()) {
            found.add(describe(finder.matcher()));
        }
        return found;
    }

    private static List<String> matches(Matcher matcher) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(describe(matcher));
        }
        return found;
    }

    /** Where a match and each of its groups start and end. */
    private static String describe(Matcher matcher) {
        StringBuilder described = new StringBuilder().append(matcher.start()).append('-').append(matcher.end());
        for (int group = 1; group <= matcher.groupCount(); group++) {
            described.append(' ').append(matcher.start(group)).append('-').append(matcher.end(group));
        }
        return described.toString();
    }
}
