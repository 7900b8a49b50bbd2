package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged jar as a newcomer would ({@code java -jar target/mandate-tracker.jar}) from
 * an empty working directory and checks that it serves the sign-in page in Vaadin's production mode
 * with its H2 database under {@code ./data}. Independent of the database under test, so it runs once.
 */
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class PackagedJarIT {

    @TempDir
    Path workingDirectory;

    @Test
    void theJarStartsInProductionModeFromAnyWorkingDirectory() throws Exception {
        try (RunningJar application = RunningJar.start(workingDirectory, Map.of(), "--mandate-tracker.sample-data=false")) {
            assertThat(new WebClientSession(application.port()).get("/login").statusCode()).isEqualTo(200);
            assertThat(application.log()).contains("Vaadin is running in production mode");
            assertThat(workingDirectory.resolve("data")).isDirectory();
        }
    }
}
