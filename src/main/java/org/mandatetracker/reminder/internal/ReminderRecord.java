package org.mandatetracker.reminder.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.mandatetracker.reminder.Reminder;
import org.mandatetracker.reminder.ReminderKind;
import org.mandatetracker.reminder.ReminderStatus;

/** A row of the send log; (task, kind, occasion, recipient) is unique. */
@Entity
@Table(name = "reminder")
public class ReminderRecord {

    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderKind kind;

    @Column(nullable = false)
    private String occasion;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String email;

    @Column(name = "mandate_id")
    private Long mandateId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ReminderRecord() {
    }

    public ReminderRecord(ReminderKey key, String email, Long mandateId, LocalDate dueDate, String subject,
                          ReminderStatus status, Instant createdAt) {
        this.taskId = key.taskId();
        this.kind = key.kind();
        this.occasion = key.occasion();
        this.recipient = key.recipient();
        this.email = email;
        this.mandateId = mandateId;
        this.dueDate = dueDate;
        this.subject = subject;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public ReminderStatus getStatus() {
        return status;
    }

    void sending() {
        status = ReminderStatus.SENDING;
    }

    void sent(Instant at) {
        status = ReminderStatus.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void failed(String error) {
        status = ReminderStatus.FAILED;
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    public Reminder toReminder() {
        return new Reminder(id, kind, occasion, recipient, email, subject, mandateId, taskId, dueDate, status,
                createdAt, sentAt, attempts, lastError);
    }
}
