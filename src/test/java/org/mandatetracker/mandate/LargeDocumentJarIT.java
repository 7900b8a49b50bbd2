package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mandatetracker.RunningJar;
import org.mandatetracker.TestDatabaseProfiles;
import org.mandatetracker.WebClientSession;

/**
 * Documents at the upload limit against the packaged jar with {@code -Xmx512m}, as an operator runs
 * it: a 49 MB text, three 25 MB texts at once and two resolutions of nearly the longest text read
 * get an answer each, never an OutOfMemoryError, and the application serves on. The heap can only be
 * bounded in a JVM of its own, so this runs once, on the jar's embedded database.
 */
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class LargeDocumentJarIT {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path workingDirectory;

    @Test
    void documentsAtTheUploadLimitAreAnsweredInBoundedMemory() throws Exception {
        ExecutorService parallel = Executors.newFixedThreadPool(3);
        try (RunningJar application = RunningJar.start(workingDirectory, Map.of(), "--mandate-tracker.sample-data=false")) {
            WebClientSession client = new WebClientSession(application.port());
            String documentsBefore = client.getWithBasic("/api/documents", "manager", "demo").body();

            byte[] fortyNineMegabytes = prose(49 * MB);
            for (String query : List.of("?dryRun=true", "")) {
                HttpResponse<String> answer = client.postFile("/api/documents" + query, "big.txt", fortyNineMegabytes,
                        "manager", "demo");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
                assertThat(answer.body()).contains("longer than");
            }

            byte[] twentyFiveMegabytes = prose(25 * MB);
            List<Future<HttpResponse<String>>> atOnce = List.of(
                    parallel.submit(() -> client.postFile("/api/documents", "a.txt", twentyFiveMegabytes, "manager", "demo")),
                    parallel.submit(() -> client.postFile("/api/documents", "b.txt", twentyFiveMegabytes, "manager", "demo")),
                    parallel.submit(() -> client.postFile("/api/documents", "c.txt", twentyFiveMegabytes, "manager", "demo")));
            for (Future<HttpResponse<String>> answer : atOnce) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isIn(400, 503);
            }
            assertThat(client.getWithBasic("/api/documents", "manager", "demo").body()).isEqualTo(documentsBefore);

            // just under the longest text read, so the whole extraction runs, twice at once
            byte[] longResolution = resolution(7 * MB);
            List<Future<HttpResponse<String>>> extractions = List.of(
                    parallel.submit(() -> client.postFile("/api/documents?dryRun=true", "long.txt", longResolution, "manager", "demo")),
                    parallel.submit(() -> client.postFile("/api/documents?dryRun=true", "long.txt", longResolution, "manager", "demo")));
            for (Future<HttpResponse<String>> answer : extractions) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
                assertThat(answer.get().body()).contains("\"operative\"");
            }

            assertThat(client.get("/login").statusCode()).isEqualTo(200);
            assertThat(application.log()).doesNotContain("OutOfMemoryError");
        } finally {
            parallel.shutdownNow();
        }
    }

    /** Lines of words with paragraph breaks and a page's furniture now and then, but no resolution. */
    private static byte[] prose(int size) {
        StringBuilder text = new StringBuilder(size + 200);
        for (int line = 1; text.length() < size; line++) {
            text.append("the assembly requests a report on the implementation of the present matter at line ")
                    .append(line).append('\n');
            if (line % 6 == 0) {
                text.append('\n');
            }
            if (line % 300 == 0) {
                text.append("24-").append(10000 + line % 90000).append("\n12/40\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Security Council resolution whose preamble runs to {@code size} characters, with one mandate. */
    private static byte[] resolution(int size) {
        StringBuilder text = new StringBuilder(size + 1_000).append("Resolution 9999 (2024)\n\nThe Security Council,\n\n");
        String clause = "the situation in the region described in the reports of the Secretary-General, ".repeat(40);
        for (int paragraph = 1; text.length() < size; paragraph++) {
            text.append("Recalling ").append(clause).append("in particular paragraph ").append(paragraph).append(",\n\n");
        }
        text.append("1. Requests the Secretary-General to report to the Council on the implementation of this "
                + "resolution within 90 days;\n\n2. Decides to remain seized of the matter.\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
