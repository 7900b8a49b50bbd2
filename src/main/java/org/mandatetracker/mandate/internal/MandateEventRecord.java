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
import org.mandatetracker.base.Message;
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
    /** In English, as the API gives it; all there is of entries stored before the two columns below. */
    private String detail;
    @Column(name = "detail_key")
    private String detailKey;
    @Column(name = "detail_arguments")
    private String detailArguments;

    protected MandateEventRecord() {
    }

    public MandateEventRecord(long mandateId, Instant occurredAt, String actor, MandateEventKind kind, Message detail) {
        this.mandateId = mandateId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        String english = detail.english();
        this.detail = english.length() <= MAX_DETAIL ? english : english.substring(0, MAX_DETAIL - 1) + "…";
        String arguments = DetailArguments.encode(detail.arguments());
        // arguments too long for their column (a long reason) leave the detail in English only
        if (arguments.length() <= MAX_DETAIL) {
            this.detailKey = detail.key();
            this.detailArguments = arguments;
        }
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

    /** The detail to read in any language, or null for an entry that has it in English only. */
    public Message getDetailMessage() {
        return detailKey == null ? null : new Message(detailKey, DetailArguments.decode(detailArguments));
    }
}
