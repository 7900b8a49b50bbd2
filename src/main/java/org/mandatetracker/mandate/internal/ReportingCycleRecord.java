package org.mandatetracker.mandate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One submitted cycle of a report mandate. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "mandate_id", nullable = false)
    private Long mandateId;
    @Column(nullable = false)
    private int cycle;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "document_symbol")
    private String documentSymbol;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ReportingCycleRecord() {
    }

    public ReportingCycleRecord(long mandateId, int cycle, LocalDate dueDate, String documentSymbol, Instant submittedAt) {
        this.mandateId = mandateId;
        this.cycle = cycle;
        this.dueDate = dueDate;
        this.documentSymbol = documentSymbol;
        this.submittedAt = submittedAt;
    }

    public int getCycle() {
        return cycle;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDocumentSymbol() {
        return documentSymbol;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
