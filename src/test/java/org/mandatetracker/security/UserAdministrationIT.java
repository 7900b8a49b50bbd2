package org.mandatetracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

@IntegrationTest
class UserAdministrationIT {

    @Autowired
    UserService users;
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
                "short"))).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("between 8 and 72");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownEntityIsRefused() {
        assertThatThrownBy(() -> users.create(new NewUser("nobody", "No Entity", null, "NOT_AN_ENTITY",
                Set.of(Role.STAFF), "a-long-passphrase"))).hasMessageContaining("Unknown entity");
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
}
