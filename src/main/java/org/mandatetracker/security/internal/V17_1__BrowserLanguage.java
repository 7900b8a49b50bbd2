package org.mandatetracker.security.internal;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Lets a person follow their browser's language: no language stored, the default for people added from
 * now on. Those already stored keep theirs.
 */
@Component
class V17_1__BrowserLanguage extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        // no statement drops a NOT NULL on both: H2 ignores MODIFY's NULL, MariaDB has no DROP NOT NULL
        boolean h2 = "H2".equals(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(h2 ? "alter table app_user alter column language set null"
                    : "alter table app_user modify language varchar(2) null");
            statement.execute("alter table app_user alter column language drop default");
        }
    }
}
