package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DatabaseMigrationsIT {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityService entities;

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
    void demoPasswordsAreStoredAsBcryptHashes() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'staff'", String.class);

        assertThat(hash).startsWith("$2").doesNotContain("demo");
    }
}
