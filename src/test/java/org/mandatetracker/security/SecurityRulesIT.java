package org.mandatetracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.WebClientSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityRulesIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "anonymous {0} → 401 JSON")
    @CsvSource({"/api/mandates", "/engine-rest/engine"})
    void anonymousCallersGetJson401(String path) {
        HttpResponse<String> response = new WebClientSession(port).get(path);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\"");
    }

    @ParameterizedTest(name = "wrong password on {0} → 401 JSON")
    @CsvSource({"/api/mandates", "/engine-rest/engine"})
    void wrongPasswordGetsJson401(String path) {
        HttpResponse<String> response = new WebClientSession(port).getWithBasic(path, "admin", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\"");
    }

    @ParameterizedTest(name = "{0} on {1} with HTTP Basic → {2}")
    @CsvSource({
            "staff,   /api/mandates,       200",
            "manager, /api/mandates,       200",
            "admin,   /api/mandates,       200",
            "staff,   /engine-rest/engine, 403",
            "manager, /engine-rest/engine, 403",
            "admin,   /engine-rest/engine, 200"})
    void rolesOnTheApis(String username, String path, int expectedStatus) {
        HttpResponse<String> response = new WebClientSession(port).getWithBasic(path, username, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void anAnonymousWriteIs401NotACsrf403() {
        WebClientSession client = new WebClientSession(port);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/api/documents/1")).DELETE());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void aWriteRidingOnTheSessionNeedsTheCsrfTokenWhateverAuthorizationHeaderItCarries() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn("admin", PASSWORD);

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri("/api/documents/987654321"))
                .header("Authorization", "Bearer anything").DELETE());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} carries a content security and a referrer policy")
    @CsvSource({"/login", "/api/mandates"})
    void everyAnswerCarriesAContentSecurityAndAReferrerPolicy(String path) {
        HttpResponse<String> response = new WebClientSession(port).getWithBasic(path, "staff", PASSWORD);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("frame-ancestors 'self'", "object-src 'none'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @ParameterizedTest(name = "{0} {1} → 403: models come only from bpmn/")
    @CsvSource({"POST, /engine-rest/deployment/create", "DELETE, /engine-rest/deployment/some-id",
            "POST, /engine-rest/deployment/some-id/redeploy", "DELETE, /engine-rest/process-definition/some-id",
            "POST, /camunda/api/engine/engine/default/deployment/create"})
    void nobodyChangesTheProcessModelsThroughTheEngineApi(String method, String path) {
        assertThat(new WebClientSession(port).sendJson(method, path, "{}", "admin", PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownApiPathIsAJson404NotTheUi() {
        HttpResponse<String> response = new WebClientSession(port).getWithBasic("/api/no-such-thing", "staff", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\"");
    }

    @ParameterizedTest(name = "{0} → 400")
    @CsvSource({"//engine-rest/engine", "/engine-rest;x=1/engine", "/api/mandates;jsessionid=x/1"})
    void aUrlTheFirewallRefusesIsABadRequest(String path) {
        assertThat(new WebClientSession(port).getWithBasic(path, "admin", PASSWORD).statusCode()).isEqualTo(400);
    }

    @Test
    void theSignInFormNeedsTheCsrfTokenOfItsPage() {
        WebClientSession browser = new WebClientSession(port);
        browser.get("/login");

        HttpResponse<String> withoutToken = browser.signInWithForm("username=staff&password=" + PASSWORD);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/mandates").statusCode()).isEqualTo(401);
        assertThat(browser.signIn("staff", PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/mandates").statusCode()).isEqualTo(200);
    }

    @Test
    void theUiSessionWorksForTheApiToo() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn("staff", PASSWORD);

        HttpResponse<String> response = browser.get("/api/mandates");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[");
    }

    @Test
    void anonymousVisitorsOfCockpitAreSentToTheProductLogin() {
        HttpResponse<String> response = new WebClientSession(port).get("/camunda/app/cockpit/default/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest(name = "{0} signed in to the product opens Cockpit → {1}")
    @CsvSource({"staff, 403", "manager, 403", "admin, 200"})
    void onlyAdminsOpenCamundaWebapps(String username, int expectedStatus) {
        WebClientSession browser = new WebClientSession(port);
        assertThat(browser.signIn(username, PASSWORD).statusCode()).isEqualTo(302);

        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(expectedStatus);
    }

    @Test
    void anAdminSignedInToTheProductIsSignedInToCockpitWithoutSecondPassword() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn("admin", PASSWORD);
        browser.get("/camunda/app/cockpit/default/");

        HttpResponse<String> camundaUser = browser.get("/camunda/api/admin/auth/user/default");

        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void camundasOwnDemoAccountDoesNotExist() {
        HttpResponse<String> response = new WebClientSession(port).getWithBasic("/engine-rest/engine", "demo", "demo");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theRootOfTheSiteIsTheProductNotCamunda() {
        HttpResponse<String> response = new WebClientSession(port).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theLoginPageIsServed() {
        HttpResponse<String> response = new WebClientSession(port).get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
    }
}
