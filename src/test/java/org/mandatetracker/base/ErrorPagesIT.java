package org.mandatetracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.WebClientSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors outside the Vaadin UI: a product page for a person's browser, JSON for the APIs and for scripts. */
@IntegrationTest
class ErrorPagesIT {

    @LocalServerPort
    int port;

    @Test
    void theEngineAppsAnswerAManagerWithAProductPageNotTheWhitelabelOne() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn("manager", "demo");

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/app/cockpit/default/"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
        HttpResponse<String> script = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/app/cockpit/default/"))
                .header("Accept", "application/json").GET());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Access denied · Mandate Tracker</title>", "Back to the mandate register")
                .doesNotContain("Whitelabel");
        assertThat(script.statusCode()).isEqualTo(403);
        assertThat(script.body()).isEqualTo("{\"error\":\"Forbidden\"}");
    }

    @Test
    void theUiAnswersAnUnknownPathWith404AndAViewItsRoleDoesNotOpenWith403() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn("staff", "demo");

        assertThat(browser.get("/no-such-page").statusCode()).isEqualTo(404);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswersJsonEvenToABrowser() {
        WebClientSession browser = new WebClientSession(port);
        HttpResponse<String> unknown = browser.send(WebClientSession.withBasic(HttpRequest.newBuilder(
                browser.uri("/api/no-such-thing")).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET(),
                "staff", "demo"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{\"error\"");
    }
}
