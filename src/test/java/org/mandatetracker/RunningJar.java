package org.mandatetracker;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged jar started as its own process on a free port, as a newcomer or an operator starts it. */
public final class RunningJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "mandate-tracker.jar").toAbsolutePath();
    private static final Duration START_UP_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code java -jar target/mandate-tracker.jar --server.port=… arguments…} in the working
     * directory with the given environment added, and waits until it serves the sign-in page.
     */
    public static RunningJar start(Path workingDirectory, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = workingDirectory.resolve("application-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", JAR.toString(),
                "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        RunningJar jar = new RunningJar(builder.start(), log, port);
        jar.waitForLoginPage();
        return jar;
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Ends the process as {@code kill -9} does: no shutdown hook, no clean close of anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void waitForLoginPage() throws IOException, InterruptedException {
        WebClientSession client = new WebClientSession(port);
        Instant deadline = Instant.now().plus(START_UP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped during start-up:\n" + log());
            }
            try {
                HttpResponse<String> response = client.get("/login");
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // the port opens late in start-up
            }
            Thread.sleep(500);
        }
        close();
        throw new AssertionError("No sign-in page within " + START_UP_LIMIT + ":\n" + log());
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
