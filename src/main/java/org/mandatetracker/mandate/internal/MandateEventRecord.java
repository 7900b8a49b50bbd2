package org.mandatetracker.mandate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.mandatetracker.mandate.MandateEventKind;

/** A stored entry of a mandate's history. */
@Entity
@Table(name = "mandate_event")
public class MandateEventRecord {

    /** The column's size: a longer detail is cut, never refused, since history must not fail an action. */
    public static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "mandate_event")
    @TableGenerator(name = "mandate_event", table = IdBlocks.TABLE, pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.NEXT_VALUE, pkColumnValue = "mandate_event", allocationSize = IdBlocks.SIZE)
    private Long id;
    @Column(name = "mandate_id", nullable = false)
    private Long mandateId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MandateEventKind kind;
    private String detail;

    protected MandateEventRecord() {
    }

    public MandateEventRecord(long mandateId, Instant occurredAt, String actor, MandateEventKind kind, String detail) {
        this.mandateId = mandateId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public MandateEventKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
