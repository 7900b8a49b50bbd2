package org.mandatetracker.reminder.internal;

import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server as its own health component, {@code smtp}. An unreachable server is
 * {@link #UNREACHABLE}, a status ranked below UP ({@code management.endpoint.health.status.order}),
 * so the application stays UP and ready while reminders wait in their jobs and retry. Without
 * {@code spring.mail.host} the component is UNKNOWN: reminders are queued, nothing is sent. Spring
 * Boot's own mail indicator, which turns the whole application DOWN and logs a stack trace at each
 * probe, is switched off.
 */
@Component("smtp")
class SmtpHealthIndicator extends AbstractHealthIndicator {

    static final Status UNREACHABLE = new Status("UNREACHABLE", "Reminders wait and retry until the SMTP server answers");

    private final ObjectProvider<JavaMailSenderImpl> mailSender;

    SmtpHealthIndicator(ObjectProvider<JavaMailSenderImpl> mailSender) {
        super("SMTP server check failed");
        this.mailSender = mailSender;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        if (sender == null) {
            health.unknown().withDetail("configured", false);
            return;
        }
        health.withDetail("location", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            health.up();
        } catch (MessagingException unreachable) {
            health.status(UNREACHABLE).withDetail("error", String.valueOf(unreachable.getMessage()));
        }
    }
}
