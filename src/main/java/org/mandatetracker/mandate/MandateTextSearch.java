package org.mandatetracker.mandate;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.query.sqm.NodeBuilder;
import org.mandatetracker.mandate.internal.FullTextFunctions;
import org.mandatetracker.mandate.internal.MandateRecord;

/**
 * The register's free text: the mandates whose paragraph, deliverable or resolution symbol contains the text as
 * typed (any case), and in which each of its words begins a word ("peacekeeping" finds "peacekeeping operations",
 * "keeping" does not; "S/RES/2553" finds "S/RES/2553 (2020)"). The words are what a full-text index finds: on MySQL
 * and MariaDB the index of {@code V20_1} gives the few candidate rows, and the text as typed is checked on those
 * only; elsewhere (H2) every row is read and the words are checked by regular expressions, with the same result.
 * Words are runs of letters, digits and '_', as the index cuts them. Words it does not keep are not required to
 * begin a word, only to be in the text: those shorter than {@link #SHORTEST_INDEXED_WORD} and its stopwords. A text
 * in a script written without spaces between words (Chinese, Japanese, Thai…) is only looked for as typed.
 */
final class MandateTextSearch {

    /** MariaDB's and MySQL's {@code innodb_ft_min_token_size} by default: shorter words are not in the index. */
    private static final int SHORTEST_INDEXED_WORD = 3;
    /** Their {@code innodb_ft_max_token_size}. */
    private static final int LONGEST_INDEXED_WORD = 84;
    /** InnoDB's default full-text stopwords, which its index leaves out. */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de",
            "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");
    private static final Set<Character.UnicodeScript> WITHOUT_SPACES = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** Not a backslash, which MySQL reads inside quotes as escaping the closing quote. */
    static final char ESCAPE = '!';

    private MandateTextSearch() {
    }

    static Predicate matching(String text, Root<MandateRecord> mandate, CriteriaBuilder cb) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        List<Expression<String>> searched = List.of(mandate.get("text"), mandate.get("deliverable"),
                mandate.get("documentSymbol"));
        String pattern = contains(typed);
        Predicate asTyped = cb.or(searched.stream().map(column -> cb.like(cb.lower(column), pattern, ESCAPE))
                .toArray(Predicate[]::new));
        List<String> words = indexedWords(typed);
        if (words.isEmpty()) {
            return asTyped;
        }
        List<Predicate> conditions = new ArrayList<>();
        if (hasWordIndex(cb)) {
            // every word at the start of a word of one of the columns: "+peacekeeping* +operations*"
            String allWords = words.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" "));
            conditions.add(cb.greaterThan(cb.function(FullTextFunctions.MANDATE_WORDS_MATCH, Double.class,
                    searched.get(0), searched.get(1), searched.get(2), cb.literal(allWords)), 0.0));
        } else {
            for (String word : words) {
                String startOfWord = "(^|[^\\p{L}\\p{N}_])" + Pattern.quote(word);
                conditions.add(cb.or(searched.stream().map(column -> cb.isTrue(cb.function("regexp_like", Boolean.class,
                        cb.lower(column), cb.literal(startOfWord)))).toArray(Predicate[]::new)));
            }
        }
        conditions.add(asTyped);
        return cb.and(conditions.toArray(Predicate[]::new));
    }

    /** The words of the text that the full-text index holds; none for a text in a script written without spaces. */
    static List<String> indexedWords(String text) {
        if (text.codePoints().anyMatch(c -> WITHOUT_SPACES.contains(Character.UnicodeScript.of(c)))) {
            return List.of();
        }
        return WORD.matcher(text).results().map(word -> word.group().toLowerCase(Locale.ROOT))
                .filter(word -> word.length() >= SHORTEST_INDEXED_WORD && word.length() <= LONGEST_INDEXED_WORD)
                .filter(word -> !STOPWORDS.contains(word)).distinct().toList();
    }

    /** Whether the database has the full-text index and its match function ({@link FullTextFunctions}). */
    private static boolean hasWordIndex(CriteriaBuilder cb) {
        return ((NodeBuilder) cb).getQueryEngine().getSqmFunctionRegistry()
                .findFunctionDescriptor(FullTextFunctions.MANDATE_WORDS_MATCH) != null;
    }

    /** A LIKE pattern for text that contains {@code text}, its own % and _ taken literally. */
    static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
