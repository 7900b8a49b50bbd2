package org.mandatetracker.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mandatetracker.audit.AuditAction;
import org.mandatetracker.audit.AuditEntry;

@Entity
@Table(name = "audit_event")
public class AuditEventRecord {

    /** The column's size: a longer detail is cut, never refused, since the audit must not fail a change. */
    static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;
    @Column(nullable = false)
    private String subject;
    private String detail;

    protected AuditEventRecord() {
    }

    public AuditEventRecord(Instant occurredAt, String actor, AuditAction action, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    public AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, action, subject, detail);
    }
}
