package org.mandatetracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.security.internal.ApiToken;
import org.mandatetracker.security.internal.ApiTokenRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class ApiTokensIT {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokenRepository stored;
    @Autowired
    UserService users;
    @Autowired
    CurrentUser currentUser;
    @LocalServerPort
    int port;

    @Test
    void aTokenSignsAScriptInAsItsOwnerWithoutCsrfAndOnlyItsHashIsStored() {
        UserAccount owner = freshUser();
        NewApiToken created = currentUser.runAs(owner, () -> tokens.create("  nightly export  "));

        assertThat(get("/api/mandates", created.token()).statusCode()).isEqualTo(200);
        HttpResponse<String> write = send(HttpRequest.newBuilder(client().uri("/api/documents?dryRun=true"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Not a resolution")),
                created.token());
        assertThat(write.statusCode()).as("a write with a token needs no CSRF token").isEqualTo(400);

        ApiToken row = stored.findById(created.summary().id()).orElseThrow();
        assertThat(row.getTokenSha256()).isEqualTo(ApiTokenService.sha256(created.token())).doesNotContain(created.token());
        assertThat(row.getUsername()).isEqualTo(owner.username());
        ApiTokenSummary listed = currentUser.runAs(owner, tokens::mine).get(0);
        assertThat(listed.name()).isEqualTo("nightly export");
        assertThat(listed.lastUsed()).isNotNull();
        assertThat(created.token()).startsWith("mt_").hasSizeGreaterThan(40);
    }

    @Test
    void aRevokedTokenSignsNobodyInFromTheNextRequestOn() {
        UserAccount owner = freshUser();
        NewApiToken created = currentUser.runAs(owner, () -> tokens.create("script"));
        assertThat(get("/api/mandates", created.token()).statusCode()).isEqualTo(200);

        assertThat(currentUser.runAs(owner, () -> tokens.revoke(created.summary().id()))).isTrue();

        assertThat(get("/api/mandates", created.token()).statusCode()).isEqualTo(401);
        assertThat(currentUser.runAs(owner, tokens::mine)).isEmpty();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        UserAccount owner = freshUser();
        NewApiToken created = currentUser.runAs(owner, () -> tokens.create("script"));

        assertThat(currentUser.runAs(freshUser(), () -> tokens.revoke(created.summary().id()))).isFalse();

        assertThat(get("/api/mandates", created.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenOfAPersonWhoMayNoLongerSignInSignsNobodyIn() {
        UserAccount owner = freshUser();
        NewApiToken created = currentUser.runAs(owner, () -> tokens.create("script"));

        users.setEnabled(owner.username(), false);

        assertThat(get("/api/mandates", created.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void aMadeUpTokenIs401() {
        HttpResponse<String> response = get("/api/mandates", "mt_" + "x".repeat(43));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void aTokenNeedsANameAndAPersonHoldsABoundedNumber() {
        UserAccount owner = freshUser();
        assertThatThrownBy(() -> currentUser.runAs(owner, () -> tokens.create(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> currentUser.runAs(owner, () -> tokens.create("n".repeat(101))))
                .isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < ApiTokenService.MAX_TOKENS_PER_PERSON; i++) {
            int number = i;
            currentUser.runAs(owner, () -> tokens.create("script " + number));
        }
        assertThatThrownBy(() -> currentUser.runAs(owner, () -> tokens.create("one too many")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revoke one");
    }

    private UserAccount freshUser() {
        String username = "script-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(username, "Script Owner", null, "DPO", Set.of(Role.STAFF), "a-long-passphrase"));
    }

    private WebClientSession client() {
        return new WebClientSession(port);
    }

    private HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(client().uri(path)).GET(), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) {
        return client().send(request.header("Authorization", "Bearer " + token));
    }
}
