package org.mandatetracker.entity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.UnEntity;
import org.springframework.stereotype.Component;

/**
 * Seeds the entity registry from the built-in list that extraction also uses, so the database and
 * the extractor start from one source. Spring Boot hands {@code JavaMigration} beans to Flyway.
 */
@Component
class V2__SeedEntityRegistry extends BaseJavaMigration {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement entity = connection.prepareStatement(
                "insert into un_entity (code, kind, name_en, name_fr, name_es, name_ru, name_ar, name_zh)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement alias = connection.prepareStatement(
                     "insert into un_entity_alias (entity_code, position, alias) values (?, ?, ?)")) {
            for (UnEntity unEntity : EntityCatalog.builtIn().entities()) {
                entity.setString(1, unEntity.code());
                entity.setString(2, unEntity.kind());
                for (int i = 0; i < LANGUAGES.size(); i++) {
                    entity.setString(3 + i, unEntity.names().get(LANGUAGES.get(i)));
                }
                entity.addBatch();
                for (int position = 0; position < unEntity.aliases().size(); position++) {
                    alias.setString(1, unEntity.code());
                    alias.setInt(2, position);
                    alias.setString(3, unEntity.aliases().get(position));
                    alias.addBatch();
                }
            }
            entity.executeBatch();
            alias.executeBatch();
        }
    }
}
