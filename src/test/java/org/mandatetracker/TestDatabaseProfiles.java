package org.mandatetracker;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Runs the same integration tests on the embedded H2 database or, with {@code -Dit.database=mariadb},
 * on MariaDB/MySQL through Connector/J (the {@code mysql} profile). Maven's failsafe runs both.
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    public static final String PROPERTY = "it.database";

    public static boolean onMariaDb() {
        return "mariadb".equals(System.getProperty(PROPERTY, "h2"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onMariaDb() ? new String[] {"it", "mysql"} : new String[] {"it"};
    }
}
