package org.mandatetracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestUsers;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Errors outside the Vaadin UI: a product page for a person's browser, in their language, JSON for the APIs and for scripts. */
@IntegrationTest
class ErrorPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

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
    @WithMockUser(roles = "ADMIN")
    void aFrenchSpeakingPersonReadsTheProductPageInFrench() {
        String manager = TestUsers.fresh(users, "fr", "Francophone", Role.MANAGER);
        users.setLanguage(manager, Language.FR);
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(manager, TestUsers.PASSWORD);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/app/cockpit/default/"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", "en-GB").GET());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<html lang=\"fr\">", "<title>Accès refusé · Mandate Tracker</title>",
                        "Votre rôle ne donne pas accès à cette page", "Retour au registre des mandats")
                .doesNotContain("Access denied", "Back to the mandate register");
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
