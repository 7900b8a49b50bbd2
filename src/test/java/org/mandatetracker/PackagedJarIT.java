package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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

    private static final Path JAR = Path.of("target", "mandate-tracker.jar").toAbsolutePath();
    private static final Duration START_UP_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path workingDirectory;
    private Process application;

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            application.waitFor();
        }
    }

    @Test
    void theJarStartsInProductionModeFromAnyWorkingDirectory() throws Exception {
        int port = freePort();
        Path log = workingDirectory.resolve("application.log");
        application = new ProcessBuilder(List.of(javaExecutable(), "-Xmx512m", "-jar", JAR.toString(),
                "--server.port=" + port, "--mandate-tracker.sample-data=false"))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        HttpResponse<String> login = waitForLoginPage(new WebClientSession(port), log);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(Files.readString(log)).contains("Vaadin is running in production mode");
        assertThat(workingDirectory.resolve("data")).isDirectory();
    }

    private HttpResponse<String> waitForLoginPage(WebClientSession client, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_UP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                throw new AssertionError("The application stopped during start-up:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.get("/login");
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IllegalStateException notListeningYet) {
                // the port opens late in start-up
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No sign-in page within " + START_UP_LIMIT + ":\n" + Files.readString(log));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
