package org.mandatetracker.reminder.internal;

import java.time.Clock;
import java.util.Optional;
import org.mandatetracker.reminder.ReminderStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The send log's changes, each committed at once in its own transaction, apart from the job that sends:
 * the claim is on record before the SMTP server hears of the message, so a repeated job, a second node
 * or a restart finds it and sends nothing again.
 */
@Component
public class SendLog {

    private final ReminderRecordRepository records;
    private final Clock clock;

    SendLog(ReminderRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Records a new reminder: as {@link ReminderStatus#SENDING} when it will be sent now, as
     * {@link ReminderStatus#QUEUED} when there is no SMTP server. Answers the entry to send, or nothing
     * when there is nothing to send: the key is on record already (unless its last attempt failed), or
     * it is only queued. A concurrent claim of the same key fails on the unique key with a
     * {@code DataIntegrityViolationException}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Long> claim(ReminderRecord candidate, ReminderKey key, boolean sendNow) {
        Optional<ReminderRecord> existing = records.findByTaskIdAndKindAndOccasionAndRecipient(
                key.taskId(), key.kind(), key.occasion(), key.recipient());
        if (existing.isPresent()) {
            ReminderRecord record = existing.get();
            if (record.getStatus() != ReminderStatus.FAILED || !sendNow) {
                return Optional.empty();
            }
            record.sending();
            return Optional.of(record.getId());
        }
        ReminderRecord saved = records.saveAndFlush(candidate);
        return sendNow ? Optional.of(saved.getId()) : Optional.empty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markSent(long id) {
        records.findById(id).orElseThrow().sent(clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        records.findById(id).orElseThrow().failed(error);
    }
}
