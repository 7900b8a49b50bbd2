package org.mandatetracker.mandate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.mandatetracker.base.Message;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * Proposes, for each mandate of a new resolution, the open mandates of earlier resolutions it renews.
 * A candidate must be of the same kind, share an addressee (or, like "decides to extend the mandate of
 * UNMISS", have none either) and not be about another subject: two mandates that each name a mission,
 * none of them the same, are never matched. It is then scored on the new text's
 * references to the earlier resolution and its paragraph, the subject they share, the words of their
 * paragraphs and their recurrence. An earlier mandate is proposed only to the new mandate it fits best.
 * Plain Java.
 */
public final class RenewalMatcher {

    /** Below this, a candidate has too little in common to be proposed. */
    static final double THRESHOLD = 0.45;
    /** At most this many proposals per new mandate, the best first. */
    static final int MAX_PROPOSALS = 3;
    private static final int REASON_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]{2,}");
    /** Words every paragraph has, which say nothing about its subject. */
    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "with", "that", "this", "its",
            "their", "which", "such", "from", "into", "all", "any", "including", "also", "has", "have", "been",
            "are", "was", "were", "will", "shall", "other", "upon", "within", "through", "well", "those", "these",
            "requests", "decides", "calls", "urges", "encourages", "further", "continue", "resolution",
            "council", "secretary-general", "general", "assembly", "security", "united", "nations");

    private static final String MISSION = "MISSION";

    private final Predicate<String> subject;

    /** @param subject whether a registry code names a subject of its own (a mission) */
    RenewalMatcher(Predicate<String> subject) {
        this.subject = subject;
    }

    /** A matcher whose subjects are the catalogue's missions. */
    public static RenewalMatcher of(EntityCatalog catalog) {
        return new RenewalMatcher(missions(catalog));
    }

    /** Whether a registry code names one of the catalogue's missions. */
    static Predicate<String> missions(EntityCatalog catalog) {
        return code -> catalog.byCode(code).map(entity -> MISSION.equals(entity.kind())).orElse(false);
    }

    private record Scored(int mandateIndex, RenewalCandidate candidate, RenewalProposal proposal) {
    }

    /** A mandate's words and subjects, read once however many mandates it is weighed against. */
    private record Profile(Set<String> words, Set<String> subjects) {
    }

    /**
     * @param resolution the new resolution, not yet stored
     * @param references its references to earlier resolutions
     * @param candidates open mandates of earlier resolutions of the same body
     * @return for each of the resolution's mandates, in its order, the proposals, the best first
     */
    public List<List<RenewalProposal>> match(ExtractionResult resolution, ResolutionReferences references,
                                             List<RenewalCandidate> candidates) {
        String symbol = DocumentSymbols.normalise(resolution.document().symbol());
        List<ExtractionResult.Mandate> mandates = resolution.mandates();
        List<Profile> profiles = candidates.stream().map(candidate -> profile(candidate.text(), candidate.mentionedEntities()))
                .toList();
        List<Scored> scored = new ArrayList<>();
        for (int index = 0; index < mandates.size(); index++) {
            ExtractionResult.Mandate mandate = mandates.get(index);
            Profile profile = profile(mandate.text(), mandate.mentionedEntities());
            for (int candidateIndex = 0; candidateIndex < candidates.size(); candidateIndex++) {
                RenewalCandidate candidate = candidates.get(candidateIndex);
                RenewalProposal proposal = score(symbol, mandate, profile, references, candidate,
                        profiles.get(candidateIndex));
                if (proposal != null) {
                    scored.add(new Scored(index, candidate, proposal));
                }
            }
        }
        // each earlier mandate goes to the new one it fits best
        Map<Long, Integer> bestFor = new HashMap<>();
        scored.stream().sorted(Comparator.comparingDouble((Scored s) -> -s.proposal().score()))
                .forEach(s -> bestFor.putIfAbsent(s.candidate().mandateId(), s.mandateIndex()));
        List<List<RenewalProposal>> proposals = new ArrayList<>();
        for (int index = 0; index < mandates.size(); index++) {
            int mandateIndex = index;
            proposals.add(scored.stream()
                    .filter(s -> s.mandateIndex() == mandateIndex && bestFor.get(s.candidate().mandateId()) == mandateIndex)
                    .map(Scored::proposal)
                    .sorted(Comparator.comparingDouble(RenewalProposal::score).reversed())
                    .limit(MAX_PROPOSALS)
                    .toList());
        }
        return proposals;
    }

    /** The subjects (missions) the mandates name, by which candidates about the same one are looked up. */
    Set<String> subjects(List<ExtractionResult.Mandate> mandates) {
        Set<String> subjects = new LinkedHashSet<>();
        mandates.forEach(mandate -> mandate.mentionedEntities().stream().filter(subject).forEach(subjects::add));
        return subjects;
    }

    private Profile profile(String text, List<String> mentioned) {
        Set<String> words = new LinkedHashSet<>();
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group)
                .filter(word -> !COMMON_WORDS.contains(word)).forEach(words::add);
        Set<String> subjects = new LinkedHashSet<>();
        mentioned.stream().filter(subject).forEach(subjects::add);
        return new Profile(words, subjects);
    }

    private static RenewalProposal score(String symbol, ExtractionResult.Mandate mandate, Profile profile,
                                         ResolutionReferences references, RenewalCandidate candidate,
                                         Profile candidateProfile) {
        if (candidate.kind() != mandate.kind() || !addresseesAgree(mandate.addressees(), candidate.addressees())) {
            return null;
        }
        Set<String> sharedSubjects = new LinkedHashSet<>(profile.subjects());
        sharedSubjects.retainAll(candidateProfile.subjects());
        if (!profile.subjects().isEmpty() && !candidateProfile.subjects().isEmpty() && sharedSubjects.isEmpty()) {
            return null;
        }
        List<Message> reasons = new ArrayList<>();
        double score = 0;
        if (references.names(candidate.symbol(), candidate.paragraph())) {
            score += 0.3;
            reasons.add(symbol == null
                    ? Message.of("renewal.reason.textNamesParagraph", candidate.paragraph(), candidate.symbol())
                    : Message.of("renewal.reason.namesParagraph", symbol, candidate.paragraph(), candidate.symbol()));
        }
        if (references.names(candidate.symbol())) {
            score += 0.2;
            reasons.add(symbol == null ? Message.of("renewal.reason.textRecalls", candidate.symbol())
                    : Message.of("renewal.reason.recalls", symbol, candidate.symbol()));
        }
        if (!sharedSubjects.isEmpty()) {
            score += 0.1;
            reasons.add(Message.of("renewal.reason.sameSubject", String.join(", ", sharedSubjects)));
        }
        if (mandate.recurrence() != null && mandate.recurrence().equals(candidate.recurrence())) {
            score += 0.1;
            reasons.add(Message.of("renewal.reason.sameRecurrence", mandate.recurrence()));
        }
        Set<String> words = profile.words();
        Set<String> candidateWords = candidateProfile.words();
        Set<String> sharedWords = new LinkedHashSet<>(words);
        sharedWords.retainAll(candidateWords);
        double dice = words.isEmpty() && candidateWords.isEmpty() ? 0
                : 2.0 * sharedWords.size() / (words.size() + candidateWords.size());
        score += 0.6 * dice;
        if (!sharedWords.isEmpty()) {
            String shown = String.join(", ", sharedWords.stream().limit(REASON_WORDS).toList());
            reasons.add(sharedWords.size() > REASON_WORDS
                    ? Message.of("renewal.reason.manyWordsInCommon", Math.round(100 * dice), shown)
                    : Message.of("renewal.reason.wordsInCommon", Math.round(100 * dice), shown));
        }
        score = Math.min(1, Math.round(score * 100) / 100.0);
        return score < THRESHOLD ? null
                : new RenewalProposal(candidate.mandateId(), candidate.symbol(), candidate.paragraph(), score, reasons);
    }

    /** An addressee in common; a mandate that names none (an extension) matches only another that names none. */
    private static boolean addresseesAgree(List<String> addressees, List<String> candidateAddressees) {
        if (addressees.isEmpty() || candidateAddressees.isEmpty()) {
            return addressees.isEmpty() && candidateAddressees.isEmpty();
        }
        return !Collections.disjoint(addressees, candidateAddressees);
    }
}
