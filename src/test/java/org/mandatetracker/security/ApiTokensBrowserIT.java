package org.mandatetracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.mandatetracker.Browser;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestDatabaseProfiles;
import org.mandatetracker.TestUsers;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A person signs in through the real sign-in form (which sends its page's CSRF token), creates an API
 * token under My settings, a script uses it, and the person revokes it. The UI does not depend on the
 * database under test, so this runs on H2 only.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class ApiTokensBrowserIT {


    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    @Test
    @WithMockUser(roles = "ADMIN")
    void aTokenIsCreatedShownOnceUsedByAScriptAndRevoked() throws Exception {
        String username = TestUsers.fresh(users, "scripter", "Writes Scripts", Role.STAFF);
        WebClientSession script = new WebClientSession(port);

        Browser.walk(port, "api-tokens", browser -> {
            browser.signIn(username, TestUsers.PASSWORD);
            browser.open("/settings");
            browser.type("Name of a new token", "weekly export");
            browser.clickButton("Create token");
            String token = browser.valueOf("Your new token");
            browser.waitForText("weekly export");
            browser.assertAccessible();

            assertThat(script.send(HttpRequest.newBuilder(script.uri("/api/mandates"))
                    .header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);

            browser.open("/settings");
            assertThat(browser.pageText()).contains("weekly export").doesNotContain(token);
            browser.clickButton("Revoke");
            browser.waitForText("it signs nothing in any more");

            assertThat(script.send(HttpRequest.newBuilder(script.uri("/api/mandates"))
                    .header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
        });
    }
}
