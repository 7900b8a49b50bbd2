package org.mandatetracker.mandate.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Fills {@code mandate_mention} for the mandates imported before it existed, from their comma-joined column. */
@Component
class V9_2__MandateMentions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement mandates = context.getConnection().createStatement();
             ResultSet rows = mandates.executeQuery("select id, mentioned_entities from mandate");
             PreparedStatement mention = context.getConnection().prepareStatement(
                     "insert into mandate_mention (mandate_id, entity_code) values (?, ?)")) {
            while (rows.next()) {
                for (String code : MandateRecord.split(rows.getString(2))) {
                    mention.setLong(1, rows.getLong(1));
                    mention.setString(2, code);
                    mention.addBatch();
                }
            }
            mention.executeBatch();
        }
    }
}
