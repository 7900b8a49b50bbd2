package org.mandatetracker.mandate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.mandate.internal.MandateRecord;
import org.mandatetracker.mandate.internal.MandateRecordRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the open mandates a new resolution may renew through two indexed queries (the mandates of the
 * resolutions its text names, and those naming the same missions) and hands them to the
 * {@link RenewalMatcher}; nothing reads every mandate.
 */
@Component
class RenewalProposals {

    /** A text names at most this many earlier resolutions that count; more are not looked up. */
    static final int MAX_REFERENCES = 500;
    /**
     * Each query reads at most this many candidates, the newest first: what a renewal renews is the
     * latest open mandate on its subject, and the bound keeps one resolution's matching short however
     * many mandates a mission has gathered.
     */
    static final int MAX_CANDIDATES = 1_000;

    private final MandateRecordRepository mandates;

    RenewalProposals(MandateRecordRepository mandates) {
        this.mandates = mandates;
    }

    /**
     * For each mandate of {@code resolution}, in its order, the earlier mandates it may renew, the best first;
     * {@code catalog} is the registry its extraction read.
     */
    @Transactional(readOnly = true)
    List<List<RenewalProposal>> propose(ExtractionResult resolution, EntityCatalog catalog) {
        RenewalMatcher matcher = RenewalMatcher.of(catalog);
        ResolutionReferences references = ResolutionReferences.of(resolution);
        String body = resolution.document().body().name();
        // stored by name, as the repository queries compare them
        Set<String> kinds = resolution.mandates().stream().map(mandate -> mandate.kind().name()).collect(Collectors.toSet());
        Set<String> subjects = matcher.subjects(resolution.mandates());
        Map<Long, RenewalCandidate> candidates = new LinkedHashMap<>();
        if (!kinds.isEmpty() && !references.symbols().isEmpty()) {
            add(mandates.findInDocuments(references.symbols().stream().limit(MAX_REFERENCES).toList(), body,
                    MandateStatus.OPEN, kinds, Limit.of(MAX_CANDIDATES)), candidates);
        }
        if (!kinds.isEmpty() && !subjects.isEmpty()) {
            add(mandates.findMentioning(subjects, body, MandateStatus.OPEN, kinds, Limit.of(MAX_CANDIDATES)), candidates);
        }
        return matcher.match(resolution, references, List.copyOf(candidates.values()));
    }

    private static void add(List<Object[]> rows, Map<Long, RenewalCandidate> candidates) {
        for (Object[] row : rows) {
            MandateRecord record = (MandateRecord) row[0];
            candidates.putIfAbsent(record.getId(), new RenewalCandidate(record.getId(), (String) row[1],
                    record.getParagraph(), record.getKind(), record.getAddressees(), record.getMentionedEntities(),
                    record.getRecurrence(), record.getText()));
        }
    }
}
