package org.mandatetracker.mandate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mandatetracker.base.ConflictException;
import org.mandatetracker.base.Message;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.internal.DocumentHeader;
import org.mandatetracker.mandate.internal.DocumentHeaderRepository;
import org.mandatetracker.mandate.internal.ImportedDocument;
import org.mandatetracker.mandate.internal.MandateEventRecord;
import org.mandatetracker.mandate.internal.MandateEventRepository;
import org.mandatetracker.mandate.internal.MandateMention;
import org.mandatetracker.mandate.internal.MandateMentionRepository;
import org.mandatetracker.mandate.internal.MandateRecord;
import org.mandatetracker.mandate.internal.MandateRecordRepository;
import org.mandatetracker.mandate.internal.ReportingCycleRecord;
import org.mandatetracker.mandate.internal.ReportingCycleRepository;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.NotAllowedException;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mandate register and who leads each mandate. Resolutions are public documents, so every
 * signed-in person may read every mandate; who may act on one is decided where they act.
 */
@Service
public class MandateService {

    /** The longest reason a correction may give, so that it fits its history entry. */
    public static final int REASON_MAX_LENGTH = 500;
    /** Due dates a correction may set: from the first resolutions to well beyond any mandate. */
    private static final LocalDate EARLIEST_DUE = LocalDate.of(1946, 1, 1);
    private static final LocalDate LATEST_DUE = LocalDate.of(2100, 12, 31);

    private final MandateRecordRepository mandates;
    private final MandateMentionRepository mentions;
    private final DocumentHeaderRepository documents;
    private final ReportingCycleRepository cycles;
    private final MandateEventRepository history;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    MandateService(EntityManager entityManager, MandateRecordRepository mandates, MandateMentionRepository mentions,
                   DocumentHeaderRepository documents,
                   ReportingCycleRepository cycles, MandateEventRepository history, CurrentUser currentUser,
                   UserService users, ApplicationEventPublisher events, Clock clock) {
        this.mandates = mandates;
        this.mentions = mentions;
        this.documents = documents;
        this.cycles = cycles;
        this.history = history;
        this.currentUser = currentUser;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Every mandate the filter selects, soonest due first, the undated last: for short lists, such as one entity's deadlines. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mandate> find(MandateFilter filter) {
        return page(filter, List.of(), 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the register, ordered by the database: the sorts in turn, then soonest due first,
     * then by id, so that consecutive pages neither overlap nor skip a row.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mandate> page(MandateFilter filter, List<MandateSort> sorts, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<MandateRecord> mandate = query.from(MandateRecord.class);
        Root<DocumentHeader> document = query.from(DocumentHeader.class);
        query.multiselect(mandate, document)
                .where(cb.equal(document.get("id"), mandate.get("documentId")),
                        MandateCriteria.matching(filter, today).toPredicate(mandate, query, cb))
                .orderBy(MandateCriteria.order(sorts, mandate, document, cb, today));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> toMandate(row.get(0, MandateRecord.class), row.get(1, DocumentHeader.class)))
                .toList();
    }

    /** How many mandates the filter selects, counted by the database. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(MandateFilter filter) {
        return mandates.count(selecting(filter));
    }

    /**
     * Hands every mandate the filter selects to {@code sink}, in the register's order, reading the database
     * a page at a time and forgetting each page once handed on, so an export of many rows holds one page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void forEach(MandateFilter filter, List<MandateSort> sorts, int pageSize, Consumer<Mandate> sink) {
        for (int offset = 0; ; offset += pageSize) {
            List<Mandate> page = page(filter, sorts, offset, pageSize);
            page.forEach(sink);
            entityManager.clear();
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    /** The first {@code limit} mandates the filter selects, in the given order: a short list with its figure beside it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mandate> first(MandateFilter filter, MandateOrder order, int limit) {
        return firstSelected(filter, order, limit);
    }

    /**
     * The first {@code limit} mandates the filter selects, for background jobs that act for nobody in
     * particular (a manager's daily digest); they tell only people whose work the mandates are.
     */
    @Transactional(readOnly = true)
    public List<Mandate> firstForBackgroundJob(MandateFilter filter, MandateOrder order, int limit) {
        return firstSelected(filter, order, limit);
    }

    private List<Mandate> firstSelected(MandateFilter filter, MandateOrder order, int limit) {
        List<MandateRecord> found = mandates.findBy(selecting(filter),
                query -> query.sortBy(order.sort()).limit(limit).all());
        Map<Long, DocumentHeader> sources = documentsOf(found);
        return found.stream().map(record -> toMandate(record, sources.get(record.getDocumentId()))).toList();
    }

    /**
     * One mandate. Resolutions are public documents, so every signed-in person may read any of their
     * mandates; who may act on one is decided where they act.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Mandate> find(long id) {
        return mandates.findById(id).map(this::toMandate);
    }

    /**
     * One mandate, for background jobs that act for nobody in particular (reminders); they tell only
     * people whose task it is.
     */
    @Transactional(readOnly = true)
    public Optional<Mandate> findForBackgroundJob(long id) {
        return mandates.findById(id).map(this::toMandate);
    }

    /**
     * The titles of the mandates' tasks ({@link Mandate#title()}) by mandate id, in one query for a page of
     * tasks; an unknown id is absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Message> titles(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : mandates.findTitleParts(ids).stream().collect(Collectors.toMap(
                row -> (Long) row[0], row -> Mandate.title((String) row[1], (String) row[2], (String) row[3], (String) row[4])));
    }

    /** The mandates of one imported document, for the import's answer and the document view. */
    @Transactional(readOnly = true)
    public List<Mandate> findByDocument(long documentId) {
        return mandates.findByDocumentIdOrderById(documentId).stream().map(this::toMandate).toList();
    }

    void deleteByDocument(long documentId) {
        mandates.deleteAll(mandates.findByDocumentIdOrderById(documentId));
    }

    /** How many mandates each of the documents has; a document without any is absent. */
    Map<Long, Integer> countByDocuments(List<Long> documentIds) {
        return documentIds.isEmpty() ? Map.of() : mandates.countByDocumentIds(documentIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
    }

    /**
     * Names the lead entity and focal point. A manager of the entity that leads the mandate now may
     * (for a mandate no entity leads yet: of an addressed entity, or any manager when no addressed
     * entity has managers, as for the Secretary-General), or an admin. The workflow hears of it in the
     * same transaction and moves the tasks.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Mandate assignOwner(long id, String entityCode, String focalPoint) {
        MandateRecord record = recordToManage(id);
        UserAccount focal = users.find(focalPoint)
                .orElseThrow(() -> new RefusedException("mandate.refused.noSuchUser", focalPoint));
        if (!entityCode.equals(focal.entityCode())) {
            throw new RefusedException("mandate.refused.focalPointElsewhere", focalPoint, focal.entityCode(), entityCode);
        }
        requireOpen(record);
        String previousEntity = record.getOwnerEntity();
        String previousFocalPoint = record.getFocalPoint();
        record.assignOwner(entityCode, focalPoint);
        recordEvent(id, MandateEventKind.LEAD_ASSIGNED, previousEntity == null
                ? Message.of("mandateEvent.leadAssigned", entityCode, focalPoint)
                : Message.of("mandateEvent.leadReassigned", entityCode, focalPoint, previousEntity, previousFocalPoint));
        Mandate mandate = toMandate(record);
        events.publishEvent(new MandateOwnerAssigned(mandate, previousEntity, previousFocalPoint));
        return mandate;
    }

    /**
     * Corrects the due date, with the manager's reason; who may is decided as for {@link #assignOwner}.
     * The workflow hears of it in the same transaction and moves the due dates of the running process.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Mandate correctDue(long id, LocalDate date, String reason) {
        String why = checkedReason(reason);
        if (date == null || date.isBefore(EARLIEST_DUE) || date.isAfter(LATEST_DUE)) {
            throw new RefusedException("mandate.refused.dueOutOfRange", EARLIEST_DUE.getYear(), LATEST_DUE.getYear());
        }
        MandateRecord record = recordToManage(id);
        requireOpen(record);
        LocalDate previous = record.getDueDate();
        record.correctDue(date, clock.instant());
        recordEvent(id, MandateEventKind.DUE_CORRECTED, previous == null
                ? Message.of("mandateEvent.dueSet", date, why) : Message.of("mandateEvent.dueCorrected", previous, date, why));
        Mandate mandate = toMandate(record);
        events.publishEvent(new MandateDueCorrected(mandate));
        return mandate;
    }

    /**
     * Corrects the kind, with the manager's reason; who may is decided as for {@link #assignOwner}. The
     * kind chooses the process, so the workflow ends the running one and starts the new kind's.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Mandate correctKind(long id, MandateKind kind, String reason) {
        String why = checkedReason(reason);
        if (kind == null) {
            throw new RefusedException("mandate.refused.noKind");
        }
        MandateRecord record = recordToManage(id);
        requireOpen(record);
        MandateKind previous = record.getKind();
        if (previous == kind) {
            throw new RefusedException("mandate.refused.sameKind", kind.name());
        }
        record.correctKind(kind);
        recordEvent(id, MandateEventKind.KIND_CORRECTED, Message.of("mandateEvent.kindCorrected", previous, kind, why));
        Mandate mandate = toMandate(record);
        events.publishEvent(new MandateKindCorrected(mandate, previous, why));
        return mandate;
    }

    /** Whether the signed-in person may assign and correct this mandate: the rule of {@link #assignOwner}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayManage(long id) {
        UserAccount caller = currentUser.require();
        return (caller.hasRole(Role.MANAGER) || caller.hasRole(Role.ADMIN))
                && mandates.findById(id).map(record -> mayAssign(caller, record)).orElse(false);
    }

    /**
     * Stores the mandates of a newly imported document and announces them together once all are stored
     * ({@link MandatesRegistered}; a renewal also at once, {@link MandateRenewed}), within the import's
     * transaction. A mandate with an accepted renewal (same position in {@code renewed}) takes over
     * its predecessor's lead entity and focal point, and both histories say so. A recurring mandate
     * about a mission whose mandate the resolution extends ends with the extension ({@link MandateExtensions}).
     *
     * @param mission whether a registry code names a mission
     */
    @Transactional
    void register(ImportedDocument document, List<PreviewCorrections.CorrectedMandate> extracted,
                  List<RenewalProposal> renewed, Predicate<String> mission) {
        List<MandateExtensions.Extended> extended = MandateExtensions.apply(
                extracted.stream().map(PreviewCorrections.CorrectedMandate::mandate).toList(), mission);
        List<MandateRecord> registered = new ArrayList<>();
        for (int index = 0; index < extracted.size(); index++) {
            PreviewCorrections.CorrectedMandate mandate = extracted.get(index);
            ExtractionResult.Mandate stored = extended.get(index).mandate();
            MandateRecord record = mandates.save(new MandateRecord(document, stored));
            stored.mentionedEntities().forEach(code -> mentions.save(new MandateMention(record.getId(), code)));
            recordEvent(record.getId(), MandateEventKind.IMPORTED,
                    Message.of("mandateEvent.imported", document.getSymbol(), document.getFileName()));
            for (Message change : mandate.changes()) {
                recordEvent(record.getId(), MandateEventKind.CORRECTED_IN_PREVIEW, change);
            }
            if (extended.get(index).extensionParagraph() != null) {
                recordEvent(record.getId(), MandateEventKind.ENDS_WITH_EXTENSION, Message.of("mandateEvent.endsWithExtension",
                        stored.endDate(), extended.get(index).extensionParagraph()));
            }
            MandateRecord predecessor = renewed.get(index) == null ? null : renewable(renewed.get(index));
            if (predecessor != null) {
                record.renew(predecessor.getId());
                if (predecessor.getOwnerEntity() != null) {
                    record.assignOwner(predecessor.getOwnerEntity(), predecessor.getFocalPoint());
                }
                RenewalProposal proposal = renewed.get(index);
                String score = String.valueOf(proposal.score());
                recordEvent(record.getId(), MandateEventKind.RENEWS, predecessor.getOwnerEntity() == null
                        ? Message.of("mandateEvent.renews", proposal.symbol(), proposal.paragraph(), score)
                        : Message.of("mandateEvent.renewsWithLead", proposal.symbol(), proposal.paragraph(), score,
                                predecessor.getOwnerEntity(), predecessor.getFocalPoint()));
                recordEvent(predecessor.getId(), MandateEventKind.SUPERSEDED,
                        Message.of("mandateEvent.paragraph", document.getSymbol(), record.getParagraph()));
            }
            registered.add(record);
            if (predecessor != null) {
                events.publishEvent(new MandateRenewed(toMandate(record), toMandate(predecessor)));
            }
        }
        flagLeftOut(document.getSymbol(), renewed);
        events.publishEvent(new MandatesRegistered(registered.stream().map(this::toMandate).toList()));
    }

    /**
     * The open mandates of the resolutions renewed that the renewal did not renew (a report no longer
     * requested) are flagged for their managers, who close or keep them; the workflow e-mails them.
     */
    private void flagLeftOut(String renewalSymbol, List<RenewalProposal> renewed) {
        Set<Long> renewedIds = new HashSet<>();
        Set<Long> renewedDocuments = new HashSet<>();
        for (RenewalProposal proposal : renewed) {
            if (proposal != null) {
                renewedIds.add(proposal.mandateId());
                mandates.findById(proposal.mandateId()).ifPresent(record -> renewedDocuments.add(record.getDocumentId()));
            }
        }
        for (Long documentId : renewedDocuments) {
            for (MandateRecord left : mandates.findByDocumentIdOrderById(documentId)) {
                if (left.getStatus() == MandateStatus.OPEN && !renewedIds.contains(left.getId())) {
                    left.leaveOut(renewalSymbol);
                    recordEvent(left.getId(), MandateEventKind.LEFT_OUT, Message.of("mandateEvent.leftOut", renewalSymbol));
                    events.publishEvent(new MandateLeftOut(toMandate(left), renewalSymbol));
                }
            }
        }
    }

    /**
     * The managers' decision on a mandate a renewal left out: kept, it runs on unflagged; closed, its
     * process ends as superseded by the renewal (its history kept). Who may is decided as for
     * {@link #assignOwner}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Mandate decideLeftOut(long id, boolean close) {
        MandateRecord record = recordToManage(id);
        String renewal = record.getLeftOutBy();
        if (renewal == null) {
            throw new ConflictException("mandate.conflict.notLeftOut");
        }
        requireOpen(record);
        record.clearLeftOut();
        recordEvent(id, close ? MandateEventKind.CLOSED_AFTER_RENEWAL : MandateEventKind.KEPT_AFTER_RENEWAL,
                Message.of("mandateEvent.text", renewal));
        Mandate mandate = toMandate(record);
        if (close) {
            events.publishEvent(new MandateClosedAfterRenewal(mandate, renewal));
        }
        return mandate;
    }

    /** The proposal's mandate, still open: another import may have renewed or closed it since the preview. */
    private MandateRecord renewable(RenewalProposal proposal) {
        MandateRecord predecessor = mandates.findById(proposal.mandateId())
                .orElseThrow(() -> new ImportRejectedException("import.refused.renewedDeleted", proposal.symbol(),
                        proposal.paragraph()));
        if (predecessor.getStatus() != MandateStatus.OPEN) {
            throw new ImportRejectedException("import.refused.renewedClosed", proposal.symbol(), proposal.paragraph(),
                    predecessor.getStatus());
        }
        return predecessor;
    }

    /**
     * The mandates before and after this one: what it renews, what that renewed and so on, oldest first,
     * then itself, then what renews it and so on. One entry per mandate, however long the chain.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mandate> lineage(long id) {
        MandateRecord self = mandates.findById(id).orElseThrow(() -> new MandateNotFoundException(id));
        LinkedList<MandateRecord> chain = new LinkedList<>(List.of(self));
        Set<Long> seen = new HashSet<>(List.of(id));
        for (Long earlier = self.getRenews(); earlier != null && seen.add(earlier); ) {
            MandateRecord record = mandates.findById(earlier).orElse(null);
            if (record == null) {
                break;
            }
            chain.addFirst(record);
            earlier = record.getRenews();
        }
        for (MandateRecord later = self; ; ) {
            List<MandateRecord> successors = mandates.findByRenewsOrderById(later.getId());
            if (successors.isEmpty() || !seen.add(successors.get(0).getId())) {
                break;
            }
            later = successors.get(0);
            chain.addLast(later);
        }
        return chain.stream().map(this::toMandate).toList();
    }

    /** Called by the workflow, in its transaction, when the mandate's process has started. */
    @Transactional
    public void attachProcess(long id, String processInstanceId) {
        mandates.findById(id).orElseThrow(() -> new MandateNotFoundException(id)).attachProcess(processInstanceId);
    }

    /**
     * Called by the workflow, in its transaction, when a report mandate's cycle has been submitted: the
     * cycle joins the mandate's history and, when another cycle follows, the mandate is due on its date.
     */
    @Transactional
    public void recordSubmittedCycle(long id, ReportingCycle submitted, LocalDate nextCycleDue) {
        MandateRecord record = mandates.findById(id).orElseThrow(() -> new MandateNotFoundException(id));
        cycles.save(new ReportingCycleRecord(id, submitted.cycle(), submitted.dueDate(), submitted.documentSymbol(),
                submitted.submittedAt()));
        recordEvent(id, MandateEventKind.REPORT_SUBMITTED, nextCycleDue == null
                ? Message.of("mandateEvent.reportSubmitted", submitted.cycle(), submitted.documentSymbol())
                : Message.of("mandateEvent.reportSubmittedNextDue", submitted.cycle(), submitted.documentSymbol(),
                        nextCycleDue));
        if (nextCycleDue != null) {
            record.moveDueDate(nextCycleDue, clock.instant());
        }
    }

    /** What happened to the mandate outside its tasks, oldest first; readable by every signed-in person. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MandateEvent> history(long id) {
        find(id).orElseThrow(() -> new MandateNotFoundException(id));
        return history.findByMandateIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(event -> new MandateEvent(event.getOccurredAt(), event.getActor(), event.getKind(), event.getDetail(),
                        event.getDetailMessage()))
                .toList();
    }

    /** Adds to the mandate's history, in the caller's transaction, as the signed-in person (none for a job). */
    void recordEvent(long id, MandateEventKind kind, Message detail) {
        history.save(new MandateEventRecord(id, clock.instant(), currentUser.username().orElse(null), kind, detail));
    }

    /** The submitted cycles of a report mandate, first first; empty for other mandates. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReportingCycle> cycles(long id) {
        find(id).orElseThrow(() -> new MandateNotFoundException(id));
        return cycles.findByMandateIdOrderByCycle(id).stream()
                .map(cycle -> new ReportingCycle(cycle.getCycle(), cycle.getDueDate(), cycle.getDocumentSymbol(),
                        cycle.getSubmittedAt()))
                .toList();
    }

    /** Called by the workflow when the mandate's process ends: done or dismissed at triage. */
    @Transactional
    public void finish(long id, MandateStatus outcome) {
        mandates.findById(id).orElseThrow(() -> new MandateNotFoundException(id)).finish(outcome);
    }

    private MandateRecord recordToManage(long id) {
        UserAccount caller = currentUser.require();
        MandateRecord record = mandates.findById(id).orElseThrow(() -> new MandateNotFoundException(id));
        if (!mayAssign(caller, record)) {
            throw record.getOwnerEntity() == null ? new NotAllowedException(Message.of("mandate.notAllowed.untriaged"))
                    : new NotAllowedException(Message.of("mandate.notAllowed.led", record.getOwnerEntity()));
        }
        return record;
    }

    private static void requireOpen(MandateRecord record) {
        if (record.getStatus() != MandateStatus.OPEN) {
            throw new ConflictException("mandate.conflict.notOpen", record.getStatus());
        }
    }

    private static String checkedReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("mandate.refused.noReason");
        }
        if (reason.strip().length() > REASON_MAX_LENGTH) {
            throw new RefusedException("mandate.refused.reasonTooLong", REASON_MAX_LENGTH);
        }
        return reason.strip();
    }

    private boolean mayAssign(UserAccount caller, MandateRecord record) {
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        if (record.getOwnerEntity() != null) {
            return caller.entityCode().equals(record.getOwnerEntity());
        }
        List<String> addressees = record.getAddressees();
        return addressees.contains(caller.entityCode()) || addressees.stream().noneMatch(users::hasActiveManagers);
    }

    private Specification<MandateRecord> selecting(MandateFilter filter) {
        return MandateCriteria.matching(filter, LocalDate.now(clock));
    }

    private Map<Long, DocumentHeader> documentsOf(List<MandateRecord> records) {
        return documents.findAllById(records.stream().map(MandateRecord::getDocumentId).distinct().toList())
                .stream().collect(Collectors.toMap(DocumentHeader::getId, Function.identity()));
    }

    private Mandate toMandate(MandateRecord record) {
        return toMandate(record, documents.getReferenceById(record.getDocumentId()));
    }

    private Mandate toMandate(MandateRecord record, DocumentHeader document) {
        Mandate.Due due = record.getDuePrecision() == null ? null : new Mandate.Due(record.getDueDate(),
                record.getDuePrecision(), record.getDueSession(), record.getDueText(), record.isDueEstimated());
        MandateStatus status = MandateStatus.of(record.getStatus(), record.getDueDate(), LocalDate.now(clock));
        return new Mandate(record.getId(), record.getDocumentId(), document.getSymbol(), Body.ofCode(document.getBody()),
                record.getParagraph(), record.getSubparagraphs(), record.getVerb(), record.getStrength(),
                record.getKind(), record.getAddressees(), record.getReportTo(), due, record.getRecurrence(),
                record.getEndDate(), record.getDeliverable(), record.getMentionedEntities(), record.getText(),
                status, record.getOwnerEntity(), record.getFocalPoint(), record.getProcessInstanceId(),
                document.getImportedAt(), record.getDueChangedAt(), record.getRenews(), record.getLeftOutBy(),
                record.getEvidence());
    }
}
