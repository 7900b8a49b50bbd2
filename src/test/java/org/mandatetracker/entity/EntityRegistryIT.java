package org.mandatetracker.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.audit.AuditAction;
import org.mandatetracker.audit.AuditEntry;
import org.mandatetracker.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admins edit the entity registry and the next import reads it as it stands: an added entity's other
 * name is found in a resolution's request, and a retired one is no longer. Each change is audited.
 */
@IntegrationTest
class EntityRegistryIT {

    @LocalServerPort
    int port;
    @Autowired
    EntityService entities;
    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "registry-admin", roles = "ADMIN")
    void theNextImportFindsAnAddedEntityByItsOtherNameAndNoLongerOnceItIsRetired() {
        String word = invented();
        String code = "OFFICE_" + word.toUpperCase();
        String office = "Office of " + word + " Affairs";
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol())
                .replace("*Requests* the Secretary-General to prepare a report", "*Requests* the " + office
                        + " to prepare a report");
        assertThat(dryRun(text)).as("before it is in the registry").doesNotContain(code);

        entities.add(new EntityForm(code, EntityKind.SECRETARIAT, "Department of " + word, null, null, null, null, null,
                List.of()));
        entities.update(code, new EntityForm(code, EntityKind.SECRETARIAT, "Department of " + word,
                "Département " + word, null, null, null, null, List.of(office, " ")));

        assertThat(dryRun(text)).contains("\"" + code + "\"");
        assertThat(entities.find(code).orElseThrow().aliases()).containsExactly(office);

        entities.setRetired(code, true);

        assertThat(dryRun(text)).doesNotContain(code);
        assertThat(entities.findActive()).extracting(UnEntity::code).doesNotContain(code);
        assertThat(entities.findAll()).extracting(UnEntity::code).contains(code);
        assertThat(audit.about(code)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ENTITY_RETIRED, AuditAction.ENTITY_EDITED, AuditAction.ENTITY_ADDED);
        assertThat(audit.about(code).get(1).detail()).contains("name (fr) none → Département " + word)
                .contains("other names none → " + office);
        assertThat(audit.about(code).get(1).actor()).isEqualTo("registry-admin");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aBadFormIsRefusedWithAMessagePerFieldAndAnExistingCodeOnce() {
        assertThatThrownBy(() -> entities.add(new EntityForm("lower case", null, " ", null, null, null, null, null,
                List.of()))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Capital letters, digits and '_' only").hasMessageContaining("Choose a kind")
                .hasMessageContaining("Enter the English name");
        assertThatThrownBy(() -> entities.add(new EntityForm("DPO", EntityKind.SECRETARIAT, "Peace Operations", null, null,
                null, null, null, List.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void onlyAdminsEditTheRegistry() {
        assertThatThrownBy(() -> entities.setRetired("DPO", true)).isInstanceOf(AccessDeniedException.class);
        assertThat(entities.findActive("DPO")).isPresent();
    }

    /** A word no registry name holds, so that only the added entity can match it. */
    private static String invented() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String dryRun(String text) {
        WebClientSession client = new WebClientSession(port);
        HttpResponse<String> answer = client.send(WebClientSession.withBasic(HttpRequest.newBuilder(
                        client.uri("/api/documents?dryRun=true"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), "manager", "demo"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }
}
