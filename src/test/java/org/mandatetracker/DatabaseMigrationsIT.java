package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class DatabaseMigrationsIT {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityService entities;
    @Autowired
    UserService users;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Arrays.stream(applied).filter(info -> info.getVersion() != null && !"0".equals(info.getVersion().getVersion())))
                .isNotEmpty()
                .allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void theEntityRegistryIsSeededWithNamesInTheOfficialLanguages() {
        UnEntity dpo = entities.find("DPO").orElseThrow();

        assertThat(dpo.name("en")).isEqualTo("Department of Peace Operations");
        assertThat(dpo.name("fr")).isEqualTo("Département des opérations de paix");
        assertThat(dpo.name("ru")).isEqualTo("Департамент операций в пользу мира");
        assertThat(dpo.names()).containsKeys("es", "ar", "zh");
        assertThat(entities.find("SECRETARY_GENERAL")).isPresent();
    }

    @Test
    void camundasTablesLiveBesideTheProductsTables() {
        Integer deployments = jdbc.queryForObject("select count(*) from ACT_RE_DEPLOYMENT", Integer.class);

        assertThat(deployments).isNotNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aNewPersonIsStoredWithoutALanguageToFollowTheirBrowserAndMayChooseOne() {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        String languageOfNewcomer = "select language from app_user where username = ?";

        users.create(new NewUser(newcomer, "New Comer", null, "DPO", Set.of(Role.STAFF), "a-long-passphrase"));
        assertThat(jdbc.queryForObject(languageOfNewcomer, String.class, newcomer)).isNull();

        users.setLanguage(newcomer, Language.FR);
        assertThat(jdbc.queryForObject(languageOfNewcomer, String.class, newcomer)).isEqualTo("FR");
    }

    @Test
    void theIdBlocksOfV21_1LieBeyondEveryStoredRow() {
        for (String table : Set.of("document_paragraph", "mandate", "mandate_mention", "mandate_event")) {
            Long next = jdbc.queryForObject("select next_value from id_block where name = ?", Long.class, table);
            Long highest = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);

            assertThat(next).as(table).isGreaterThan(highest);
        }
    }

    @Test
    void demoPasswordsAreStoredAsBcryptHashes() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'staff'", String.class);

        assertThat(hash).startsWith("$2").doesNotContain("demo");
    }
}
