package org.mandatetracker.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.mandatetracker.reminder.internal.ReminderKey;
import org.mandatetracker.reminder.internal.ReminderRecord;
import org.mandatetracker.reminder.internal.SendLog;
import org.mandatetracker.security.UserAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one composed message once: claims its key in the send log first, then hands it to the SMTP
 * server, or keeps it queued when there is none ({@code spring.mail.host} unset).
 */
@Component
class ReminderSender {

    private final SendLog sendLog;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderSender(SendLog sendLog, ObjectProvider<JavaMailSender> mailSender, ReminderProperties properties,
                   Clock clock) {
        this.sendLog = sendLog;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends the message unless its key is on record already (sent, queued or being sent elsewhere).
     * Answers the error when the SMTP server refused it; the entry is then marked failed, and a later
     * attempt with the same key sends it.
     */
    Optional<String> sendOnce(ReminderKey key, UserAccount recipient, Long mandateId, LocalDate due,
                              ReminderMail.Message message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        ReminderRecord candidate = new ReminderRecord(key, recipient.email(), mandateId, due, message.subject(),
                sender == null ? ReminderStatus.QUEUED : ReminderStatus.SENDING, clock.instant());
        Optional<Long> claimed;
        try {
            claimed = sendLog.claim(candidate, key, sender != null);
        } catch (DataIntegrityViolationException claimedElsewhere) {
            return Optional.empty();
        }
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        try {
            sender.send(mimeMessage(sender, recipient, message));
            sendLog.markSent(claimed.get());
            return Optional.empty();
        } catch (MailException | MessagingException failed) {
            sendLog.markFailed(claimed.get(), failed.getMessage());
            return Optional.of(recipient.email() + ": " + failed.getMessage());
        }
    }

    private MimeMessage mimeMessage(JavaMailSender sender, UserAccount recipient, ReminderMail.Message message)
            throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(recipient.email());
        helper.setSubject(message.subject());
        helper.setText(message.plainText(), message.html());
        return mime;
    }
}
