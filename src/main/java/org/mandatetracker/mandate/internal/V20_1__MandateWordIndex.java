package org.mandatetracker.mandate.internal;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On MySQL and MariaDB, a full-text index of the words of each mandate's paragraph, deliverable and resolution
 * symbol: the register's free-text search read every row's paragraph with {@code like '%…%'} (3 to 6 s at
 * 100 000 mandates). H2 has no such index; there the search keeps reading the rows, which its sizes allow.
 */
@Component
class V20_1__MandateWordIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!MySqlFamily.is(context.getConnection())) {
            return;
        }
        try (Statement index = context.getConnection().createStatement()) {
            index.execute("create fulltext index ix_mandate_words on mandate (text, deliverable, document_symbol)");
        }
    }
}
