package org.mandatetracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import jakarta.validation.ConstraintViolationException;
import org.mandatetracker.audit.AuditAction;
import org.mandatetracker.audit.AuditEntry;
import org.mandatetracker.audit.AuditLog;

@IntegrationTest
class UserAdministrationIT {

    @Autowired
    UserService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditLog audit;
    @LocalServerPort
    int port;

    @Test
    @WithMockUser(roles = "ADMIN")
    void aPersonAddedByAnAdminCanSignInAtOnce() {
        String username = "focal-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "New Focal Point", "focal@example.org", "OHCHR", Set.of(Role.STAFF),
                "a-long-passphrase"));

        WebClientSession client = new WebClientSession(port);
        assertThat(client.getWithBasic("/api/mandates", username, "a-long-passphrase").statusCode()).isEqualTo(200);
        assertThat(users.find(username).orElseThrow().entityCode()).isEqualTo("OHCHR");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void repeatedWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() {
        String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Guessed At", null, "DPO", Set.of(Role.STAFF), "a-long-passphrase"));
        WebClientSession client = new WebClientSession(port);

        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(client.getWithBasic("/api/mandates", username, "guess-" + attempt).statusCode()).isEqualTo(401);
        }

        assertThat(client.getWithBasic("/api/mandates", username, "a-long-passphrase").statusCode()).isEqualTo(401);
        assertThat(client.getWithBasic("/api/mandates", "staff", "demo").statusCode())
                .as("other accounts keep working").isEqualTo(200);
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void onlyAdminsAddPeople() {
        assertThatThrownBy(() -> users.create(new NewUser("someone", "Some One", null, "DPO", Set.of(Role.STAFF),
                "a-long-passphrase"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void peopleChooseTheirOwnDigestAndZoneButNotSomeoneElses() {
        UserAccount chosen = users.setReminderPreferences("staff", ReminderDelivery.DAILY_DIGEST, ZoneId.of("Asia/Kolkata"));
        try {
            assertThat(chosen.reminderDelivery()).isEqualTo(ReminderDelivery.DAILY_DIGEST);
            assertThat(users.find("staff").orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
            assertThat(users.findTakingDailyDigest()).extracting(UserAccount::username).contains("staff");
            assertThatThrownBy(() -> users.setReminderPreferences("manager", ReminderDelivery.DAILY_DIGEST, null))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            users.setReminderPreferences("staff", ReminderDelivery.SINGLE, null);
        }
        assertThat(users.find("staff").orElseThrow().zone()).isNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aShortPasswordIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> users.create(new NewUser("shorty", "Short Password", null, "DPO", Set.of(Role.STAFF),
                "short"))).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Between 8 and 72 characters");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownEntityIsRefused() {
        assertThatThrownBy(() -> users.create(new NewUser("nobody", "No Entity", null, "NOT_AN_ENTITY",
                Set.of(Role.STAFF), "a-long-passphrase"))).hasMessageContaining("Unknown or retired entity");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDisabledPersonCannotSignIn() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Leaving Soon", null, "DPO", Set.of(Role.STAFF), "a-long-passphrase"));

        users.setEnabled(username, false);

        assertThat(new WebClientSession(port).getWithBasic("/api/mandates", username, "a-long-passphrase").statusCode())
                .isEqualTo(401);
    }

    @Test
    @WithMockUser(username = "chief-admin", roles = "ADMIN")
    void anAdminEditsAPersonAndTheAuditHistorySaysWhoChangedWhat() {
        String username = newPerson("edited");
        assertThat(users.find(username).orElseThrow().language()).as("a new person follows their browser").isNull();

        UserAccount edited = users.update(username, new EditedUser("Renamed Person", "renamed@example.org", "DPPA",
                Set.of(Role.STAFF, Role.MANAGER), Language.FR));

        assertThat(edited).extracting(UserAccount::fullName, UserAccount::entityCode, UserAccount::language)
                .containsExactly("Renamed Person", "DPPA", Language.FR);
        assertThat(users.find(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(audit.about(username)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.USER_EDITED, AuditAction.USER_ADDED);
        AuditEntry entry = audit.about(username).get(0);
        assertThat(entry.actor()).isEqualTo("chief-admin");
        assertThat(entry.detail()).contains("name Person " + username + " → Renamed Person").contains("entity DPO → DPPA")
                .contains("roles STAFF → MANAGER, STAFF").contains("language browser's language → Français");
        assertThatThrownBy(() -> users.update(username, new EditedUser(" ", "not an address", "DPO", Set.of(),
                Language.EN))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter the person's name").hasMessageContaining("Not an e-mail address")
                .hasMessageContaining("Choose at least one role");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aResetPasswordWorksOnlyUntilThePersonChoosesTheirOwn() {
        String username = newPerson("reset");
        WebClientSession client = new WebClientSession(port);

        String temporary = users.resetPassword(username);

        assertThat(temporary).hasSize(16);
        assertThat(users.mustChangePassword(username)).isTrue();
        assertThat(client.getWithBasic("/api/mandates", username, PASSWORD).statusCode()).as("the old one").isEqualTo(401);
        UserAccount person = users.find(username).orElseThrow();
        assertThatThrownBy(() -> changeAs(person, username, new PasswordChange("wrong-password", "my-own-passphrase")))
                .isInstanceOf(PasswordChangeRefusedException.class).hasMessage("This is not your current password");
        assertThatThrownBy(() -> changeAs(person, username, new PasswordChange(temporary, temporary)))
                .isInstanceOf(PasswordChangeRefusedException.class);
        assertThatThrownBy(() -> changeAs(person, username, new PasswordChange(temporary, "short")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Between 8 and 72 characters");
        assertThatThrownBy(() -> changeAs(person, "staff", new PasswordChange("demo", "someone-elses-passphrase")))
                .isInstanceOf(AccessDeniedException.class);

        changeAs(person, username, new PasswordChange(temporary, "my-own-passphrase"));

        assertThat(users.mustChangePassword(username)).isFalse();
        assertThat(client.getWithBasic("/api/mandates", username, "my-own-passphrase").statusCode()).isEqualTo(200);
        assertThat(new WebClientSession(port).getWithBasic("/api/mandates", username, temporary).statusCode())
                .isEqualTo(401);
        assertThat(audit.about(username)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PASSWORD_CHANGED, AuditAction.PASSWORD_RESET, AuditAction.USER_ADDED);
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void onlyAdminsEditPeopleResetPasswordsOrReadTheAudit() {
        assertThatThrownBy(() -> users.update("staff", new EditedUser("Sam Staff", null, "DPO", Set.of(Role.MANAGER),
                Language.EN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword("staff")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.latest()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void disablingAndEnablingIsAudited() {
        String username = newPerson("toggled");

        users.setEnabled(username, false);
        users.setEnabled(username, false);
        users.setEnabled(username, true);

        assertThat(audit.about(username)).extracting(AuditEntry::action).as("a repeated switch changes nothing")
                .containsExactly(AuditAction.USER_ENABLED, AuditAction.USER_DISABLED, AuditAction.USER_ADDED);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminWhoseNameHasDotsAndDashesIsSignedInToCockpitToo() {
        String username = "chief.admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Chief Admin", null, "EOSG", Set.of(Role.ADMIN), PASSWORD));
        WebClientSession browser = new WebClientSession(port);

        browser.signIn(username, PASSWORD);
        browser.get("/camunda/app/cockpit/default/");

        HttpResponse<String> camundaUser = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(camundaUser.statusCode()).as(camundaUser.body()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + username + "\"");
    }

    private static final String PASSWORD = "a-long-passphrase";

    private String newPerson(String purpose) {
        String username = purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Person " + username, null, "DPO", Set.of(Role.STAFF), PASSWORD));
        return username;
    }

    private void changeAs(UserAccount person, String username, PasswordChange change) {
        currentUser.runAs(person, () -> {
            users.changeOwnPassword(username, change);
            return null;
        });
    }
}
