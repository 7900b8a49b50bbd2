package org.mandatetracker.reminder.internal;

import java.util.List;
import java.util.Optional;
import org.mandatetracker.reminder.ReminderKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRecordRepository extends JpaRepository<ReminderRecord, Long> {

    Optional<ReminderRecord> findByTaskIdAndKindAndOccasionAndRecipient(String taskId, ReminderKind kind,
                                                                        String occasion, String recipient);

    List<ReminderRecord> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    List<ReminderRecord> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);
}
