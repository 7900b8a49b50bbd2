package org.mandatetracker.reminder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.SimpleStatusAggregator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An SMTP server that does not answer is its own UNREACHABLE component, and the application stays UP. */
class SmtpHealthIndicatorTest {

    @Test
    void anSmtpServerThatDoesNotAnswerIsUnreachable() throws IOException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");

        Health health = indicator(sender).health();

        assertThat(health.getStatus()).isEqualTo(SmtpHealthIndicator.UNREACHABLE);
        assertThat(health.getDetails()).containsKey("error");
    }

    @Test
    void withoutAnSmtpServerConfiguredTheComponentIsUnknown() {
        assertThat(indicator(null).health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void theConfiguredStatusOrderKeepsTheApplicationUpWhileSmtpIsUnreachable() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties configuration = yaml.getObject();
        String[] order = Arrays.stream(configuration.getProperty("management.endpoint.health.status.order").split(","))
                .map(String::strip).toArray(String[]::new);

        assertThat(new SimpleStatusAggregator(order).getAggregateStatus(Status.UP, SmtpHealthIndicator.UNREACHABLE))
                .isEqualTo(Status.UP);
        assertThat(new SimpleStatusAggregator(order).getAggregateStatus(Status.DOWN, SmtpHealthIndicator.UNREACHABLE))
                .isEqualTo(Status.DOWN);
    }

    private static SmtpHealthIndicator indicator(JavaMailSenderImpl sender) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (sender != null) {
            beans.registerSingleton("mailSender", sender);
        }
        return new SmtpHealthIndicator(beans.getBeanProvider(JavaMailSenderImpl.class));
    }
}
