package org.mandatetracker.audit;

import java.time.Clock;
import java.util.List;
import org.mandatetracker.audit.internal.AuditEventRecord;
import org.mandatetracker.audit.internal.AuditEventRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit history of administration: who changed which person or entity, when, and how. The
 * features that make the changes record them in their own transaction, so a change and its entry are
 * stored together or not at all. The actor is read from this application's security context, as
 * {@code CurrentUser} does (this feature depends on no other, so that people and entities can both use it).
 */
@Service
public class AuditLog {

    /** How many entries the history view shows. */
    public static final int LATEST = 500;

    private final AuditEventRepository events;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    AuditLog(AuditEventRepository events, ObjectProvider<SecurityContextHolderStrategy> contexts, Clock clock) {
        this.events = events;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    /** Records a change, as part of the transaction that makes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String subject, String detail) {
        events.save(new AuditEventRecord(clock.instant(), actor(), action, subject, detail));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> latest() {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, LATEST)).stream()
                .map(AuditEventRecord::toEntry).toList();
    }

    /** The changes made to one person or entity, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> about(String subject) {
        return events.findBySubjectOrderByOccurredAtDescIdDesc(subject, PageRequest.of(0, LATEST)).stream()
                .map(AuditEventRecord::toEntry).toList();
    }

    private String actor() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : authentication.getName();
    }
}
