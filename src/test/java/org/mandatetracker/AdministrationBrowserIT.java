package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administration by mouse: an admin adds a person, resets their password and passes the temporary
 * one on; the person signs in with it, is sent to choose their own, and goes on. The admin adds an
 * entity with another name, and the next import finds it. On H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class AdministrationBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anAdminAddsAPersonAndResetsTheirPasswordAndThePersonChoosesTheirOwn() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.walk(port, "administration-people", browser -> {
            browser.signIn("admin", "demo");
            browser.open("/admin/users");
            browser.type("User name", username);
            browser.type("Full name", "Nadia New");
            browser.enter("vaadin-email-field", "E-mail", username + "@example.org");
            browser.choose("Entity", "DPO");
            browser.tick("Staff (focal point)");
            browser.enter("vaadin-password-field", "Initial password", "first-passphrase");
            browser.clickButton("Add person");
            browser.waitForText("Nadia New");

            browser.clickButtonLabelled("Reset the password of " + username);
            browser.clickButton("Reset the password");
            String temporary = browser.attributeOf("#temporary-password", "value");
            assertThat(temporary).hasSize(16);
            browser.clickButton("Done");
            browser.signOut();

            browser.signIn(username, temporary);
            assertThat(browser.currentPath()).isEqualTo("/password");
            browser.waitForText("An administrator reset your password");
            browser.open("/tasks");
            assertThat(browser.currentPath()).as("every view forwards to the password change").isEqualTo("/password");
            browser.enter("vaadin-password-field", "Current password", temporary);
            browser.enter("vaadin-password-field", "New password", "my-own-passphrase");
            browser.enter("vaadin-password-field", "New password again", "my-own-passphrase");
            browser.clickButton("Change password");
            browser.waitForText("Password changed");
            browser.open("/tasks");
            assertThat(browser.currentPath()).isEqualTo("/tasks");
            assertThat(new WebClientSession(port).getWithBasic("/api/mandates/export?format=csv&q=nothing", username,
                    "my-own-passphrase").statusCode()).isEqualTo(200);
        });
    }

    @Test
    void anAdminAddsAnEntityByItsOtherNameAndTheNextImportFindsIt() throws Exception {
        // letters only, so that the name is a word to the registry's matching; no registry name holds it
        String word = "Zx" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").chars()
                .limit(6).mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).reduce("", String::concat);
        String code = "OFFICE_" + word.toUpperCase();
        Browser.walk(port, "administration-entity", browser -> {
            browser.signIn("admin", "demo");
            browser.open("/entities");
            browser.clickButton("Add entity");
            browser.type("Code", code);
            browser.pick("Kind", "Department or office");
            browser.type("Name in English", "Department of " + word);
            browser.fillIn("Other names", "Office of " + word + " Affairs");
            browser.clickButton("Save");
            browser.waitForText("Saved " + code);
            browser.assertAccessible();
        });
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol()).replace(
                "*Requests* the Secretary-General to prepare a report",
                "*Requests* the Office of " + word + " Affairs to prepare a report");
        WebClientSession client = new WebClientSession(port);
        HttpResponse<String> dryRun = client.send(WebClientSession.withBasic(HttpRequest.newBuilder(
                        client.uri("/api/documents?dryRun=true")).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), "manager", "demo"));
        assertThat(dryRun.body()).contains("\"" + code + "\"");
    }
}
