package org.mandatetracker.mandate.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Whether a database is MySQL or MariaDB, which have what H2 lacks here: full-text indexes, SQL triggers. */
public final class MySqlFamily {

    private MySqlFamily() {
    }

    public static boolean is(Connection connection) throws SQLException {
        String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return database.contains("mysql") || database.contains("mariadb");
    }
}
