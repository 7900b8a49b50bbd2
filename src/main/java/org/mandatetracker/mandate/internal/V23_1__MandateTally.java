package org.mandatetracker.mandate.internal;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On MySQL and MariaDB, {@code mandate_tally}: how many mandates there are of each lead entity, body, stored status
 * and month of the due date, for the dashboard's figures, which counted every mandate (0.2 to 0.3 s in the mysql client at 100 000,
 * most of them open and undated). Triggers keep it in the same transaction as each insert, update and delete of a
 * mandate, so it is never stale. They do not run for rows a foreign key's cascade deletes: a document's mandates are
 * deleted one by one before the document ({@code ImportService.delete}). H2 has no SQL triggers; there the figures
 * keep counting the mandates, which its sizes allow.
 */
@Component
class V23_1__MandateTally extends BaseJavaMigration {

    /** The key of a mandate's row: no lead entity yet is '', an undated mandate counts in the month 9999-12. */
    private static final String KEY = "coalesce(%1$s.owner_entity, ''), coalesce(%1$s.document_body, ''), %1$s.status, "
            + "coalesce(%1$s.due_date - interval (dayofmonth(%1$s.due_date) - 1) day, date '9999-12-01')";

    @Override
    public void migrate(Context context) throws SQLException {
        if (!MySqlFamily.is(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create table mandate_tally (owner_entity varchar(40) not null,"
                    + " document_body varchar(40) not null, status varchar(10) not null, due_month date not null,"
                    + " mandates bigint not null, primary key (owner_entity, document_body, status, due_month))");
            statement.execute("insert into mandate_tally (owner_entity, document_body, status, due_month, mandates)"
                    + " select " + KEY.formatted("mandate") + ", count(*) from mandate group by 1, 2, 3, 4");
            statement.execute("create trigger mandate_tally_insert after insert on mandate for each row "
                    + counted("new", 1));
            statement.execute("create trigger mandate_tally_delete after delete on mandate for each row "
                    + counted("old", -1));
            statement.execute("create trigger mandate_tally_update after update on mandate for each row begin"
                    + " if not (new.owner_entity <=> old.owner_entity and new.document_body <=> old.document_body"
                    + " and new.status = old.status and new.due_date <=> old.due_date) then "
                    + counted("old", -1) + "; " + counted("new", 1) + "; end if; end");
        }
    }

    /** Adds {@code change} to the count of the row's key, making that key's row if it has none. */
    private static String counted(String row, int change) {
        return "insert into mandate_tally (owner_entity, document_body, status, due_month, mandates) values ("
                + KEY.formatted(row) + ", " + change + ") on duplicate key update mandates = mandates + " + change;
    }
}
