package org.mandatetracker.mandate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.Strength;
import org.mandatetracker.mandate.MandateStatus;

@Entity
@Table(name = "mandate")
public class MandateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "mandate")
    @TableGenerator(name = "mandate", table = IdBlocks.TABLE, pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.NEXT_VALUE, pkColumnValue = "mandate", allocationSize = IdBlocks.SIZE)
    private Long id;
    @Column(name = "document_id", nullable = false)
    private Long documentId;
    /** Its document's symbol, which never changes: the register sorts by it from an index of this table (V12_2). */
    @Column(name = "document_symbol", updatable = false)
    private String documentSymbol;
    /** Its document's body, which never changes: the body filter and figures read it from this table (V18_1). */
    @Column(name = "document_body", updatable = false)
    private String documentBody;
    /** Its document's adoption date, which never changes: the year filter reads it from this table (V20_3). */
    @Column(name = "document_adopted", updatable = false)
    private LocalDate documentAdopted;
    @Column(nullable = false)
    private String paragraph;
    @Column(nullable = false)
    private String subparagraphs;
    @Column(nullable = false)
    private String verb;
    @Column(nullable = false)
    private String strength;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String addressees;
    @Column(name = "report_to")
    private String reportTo;
    @Column(name = "due_date")
    private LocalDate dueDate;
    /** The due date, or 9999-12-31 for none: the register's order, computed and indexed by the database (V8_1). */
    @Column(name = "due_sort", insertable = false, updatable = false)
    private LocalDate dueSort;
    @Column(name = "due_precision")
    private String duePrecision;
    @Column(name = "due_session")
    private Integer dueSession;
    @Column(name = "due_text")
    private String dueText;
    @Column(name = "due_estimated", nullable = false)
    private boolean dueEstimated;
    private String recurrence;
    @Column(name = "end_date")
    private LocalDate endDate;
    private String deliverable;
    @Column(name = "mentioned_entities", nullable = false)
    private String mentionedEntities;
    // longtext on MySQL, a long varchar on H2: either holds any paragraph
    @Column(nullable = false, columnDefinition = "longtext")
    private String text;
    // OVERDUE and NO_DATE are derived from OPEN and the due date, never stored
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MandateStatus status = MandateStatus.OPEN;
    @Column(name = "owner_entity")
    private String ownerEntity;
    @Column(name = "focal_point")
    private String focalPoint;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "due_changed_at")
    private Instant dueChangedAt;
    /** The mandate this one renews, or null. */
    private Long renews;
    /** The symbol of a renewal of this mandate's resolution that did not repeat it, until managers decide. */
    @Column(name = "left_out_by")
    private String leftOutBy;
    @Convert(converter = EvidenceColumn.class)
    private ExtractionResult.Evidence evidence;
    @Version
    private long version;

    protected MandateRecord() {
    }

    public MandateRecord(ImportedDocument document, ExtractionResult.Mandate mandate) {
        this.documentId = document.getId();
        this.documentSymbol = document.getSymbol();
        this.documentBody = document.getBody();
        this.documentAdopted = document.getAdopted();
        this.paragraph = mandate.paragraph();
        this.subparagraphs = String.join(",", mandate.subparagraphs());
        this.verb = mandate.verb();
        this.strength = mandate.strength().contractName();
        this.kind = mandate.kind().name();
        this.addressees = String.join(",", mandate.addressees());
        this.reportTo = mandate.reportTo();
        if (mandate.due() != null) {
            this.dueDate = mandate.due().date();
            this.duePrecision = mandate.due().precision().contractName();
            this.dueSession = mandate.due().session();
            this.dueText = truncate(mandate.due().text(), 1000);
            this.dueEstimated = mandate.due().estimated();
        }
        this.recurrence = mandate.recurrence();
        this.endDate = mandate.endDate();
        this.deliverable = truncate(mandate.deliverable(), 2000);
        this.mentionedEntities = truncate(String.join(",", mandate.mentionedEntities()), 1000);
        this.text = mandate.text();
        this.evidence = mandate.evidence();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getParagraph() {
        return paragraph;
    }

    public List<String> getSubparagraphs() {
        return split(subparagraphs);
    }

    public String getVerb() {
        return verb;
    }

    public Strength getStrength() {
        return Strength.ofContractName(strength);
    }

    public MandateKind getKind() {
        return MandateKind.valueOf(kind);
    }

    public List<String> getAddressees() {
        return split(addressees);
    }

    public String getReportTo() {
        return reportTo;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** How exactly the due date is known; null when the mandate has no deadline. */
    public DuePrecision getDuePrecision() {
        return duePrecision == null ? null : DuePrecision.ofContractName(duePrecision);
    }

    public Integer getDueSession() {
        return dueSession;
    }

    public String getDueText() {
        return dueText;
    }

    public boolean isDueEstimated() {
        return dueEstimated;
    }

    public String getRecurrence() {
        return recurrence;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public List<String> getMentionedEntities() {
        return split(mentionedEntities);
    }

    public String getText() {
        return text;
    }

    public MandateStatus getStatus() {
        return status;
    }

    public String getOwnerEntity() {
        return ownerEntity;
    }

    public String getFocalPoint() {
        return focalPoint;
    }

    public Instant getDueChangedAt() {
        return dueChangedAt;
    }

    public Long getRenews() {
        return renews;
    }

    /** This mandate succeeds {@code predecessor}, an open mandate of an earlier resolution. */
    public void renew(long predecessor) {
        this.renews = predecessor;
    }

    public String getLeftOutBy() {
        return leftOutBy;
    }

    public ExtractionResult.Evidence getEvidence() {
        return evidence;
    }

    /** A renewal of this mandate's resolution renewed others of its mandates, not this one. */
    public void leaveOut(String renewalSymbol) {
        this.leftOutBy = renewalSymbol;
    }

    /** The managers decided whether to close or keep the mandate a renewal left out. */
    public void clearLeftOut() {
        this.leftOutBy = null;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void assignOwner(String entity, String focalPoint) {
        this.ownerEntity = entity;
        this.focalPoint = focalPoint;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** A recurring report moves on: its due date becomes the next cycle's reporting date. */
    public void moveDueDate(LocalDate newDueDate, Instant movedAt) {
        this.dueDate = newDueDate;
        this.dueChangedAt = movedAt;
    }

    /** A manager's correction: the day is now known exactly; the words of the paragraph stay as they are. */
    public void correctDue(LocalDate date, Instant correctedAt) {
        this.dueDate = date;
        this.dueChangedAt = correctedAt;
        this.duePrecision = DuePrecision.DAY.contractName();
        this.dueSession = null;
        this.dueEstimated = false;
    }

    public void correctKind(MandateKind kind) {
        this.kind = kind.name();
    }

    public void finish(MandateStatus outcome) {
        this.status = outcome;
    }
}
