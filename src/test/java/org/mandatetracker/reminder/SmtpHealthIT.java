package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An SMTP server that does not answer shows as its own component and leaves the application UP and ready. */
@IntegrationTest
class SmtpHealthIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void smtpServerThatIsNotThere(DynamicPropertyRegistry properties) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> closedPort);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @Test
    void healthAndReadinessStayUpWhileTheSmtpServerIsUnreachable() throws IOException {
        WebClientSession client = new WebClientSession(port);

        HttpResponse<String> health = client.get("/actuator/health");
        HttpResponse<String> readiness = client.get("/actuator/health/readiness");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("components").get("smtp").get("status").asText()).isEqualTo("UNREACHABLE");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).get("status").asText()).isEqualTo("UP");
    }
}
