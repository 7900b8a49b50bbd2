package org.mandatetracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real port, on H2 or MariaDB (see {@link TestDatabaseProfiles}).
 * The demo users are on, sample data off, so each test creates the data it reads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mandate-tracker.demo-users=true", "mandate-tracker.sample-data=false",
                "mandate-tracker.upload-limit=5MB"})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public @interface IntegrationTest {
}
