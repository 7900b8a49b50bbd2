package org.mandatetracker.mandate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.mandatetracker.MandateTrackerApplication;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports a General Assembly session's worth of resolutions (300: the corpus's resolutions repeated
 * under fresh symbols) through {@link ImportService} into the database of the active profile, and
 * prints resolutions/s, mandates/s, process instances started/s, p50/p95 import latency, the
 * database size, the jobs the job executor ran meanwhile and, where {@link StatementCounts} is installed
 * (as {@code .ci/bench import} does), the statements sent per import. A measurement, not a test: run it as docs/benchmarks.md says.
 */
public final class ImportBenchmark {

    private static final int IMPORTS = Integer.getInteger("imports", 300);
    private static final Path CORPUS = TestCorpus.TEXTS;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        // the port as an argument: application.yml's 8080 wins over a default property
        String[] arguments = Stream.concat(Stream.of(args), Stream.of("--server.port=0")).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MandateTrackerApplication.class)
                .properties("mandate-tracker.sample-data=false", "mandate-tracker.demo-users=false",
                        "logging.level.root=WARN")
                .run(arguments)) {
            ImportService imports = app.getBean(ImportService.class);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
            List<Path> resolutions = importableResolutions(imports);
            long processesBefore = app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().count();
            String run = Long.toString(System.currentTimeMillis(), 36);
            StatementCounts.reset();
            long jobsBefore = successfulJobs(app);
            List<Long> latencies = new ArrayList<>();
            long mandates = 0;
            long bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < IMPORTS; i++) {
                Path file = resolutions.get(i % resolutions.size());
                byte[] content = copy(Files.readAllBytes(file), i / resolutions.size());
                long begin = System.nanoTime();
                ImportResult result = imports.importDocument(file.getFileName().toString(), null, content,
                        "BENCH/" + run + "/" + i);
                latencies.add(System.nanoTime() - begin);
                mandates += result.mandates().size();
                bytes += content.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long processes = app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().count() - processesBefore;
            long jobs = successfulJobs(app) - jobsBefore;
            Collections.sort(latencies);
            System.out.printf("database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
            System.out.printf("imported %d resolutions (%d distinct files, %.1f MB) in %.1f s%n", IMPORTS,
                    resolutions.size(), bytes / 1e6, seconds);
            System.out.printf("resolutions/s %.1f · mandates/s %.1f (%d) · process instances started/s %.1f (%d)%n",
                    IMPORTS / seconds, mandates / seconds, mandates, processes / seconds, processes);
            System.out.printf("import latency p50 %.0f ms · p95 %.0f ms · max %.0f ms%n", percentile(latencies, 50),
                    percentile(latencies, 95), latencies.get(latencies.size() - 1) / 1e6);
            System.out.printf("database size %.1f MB%n", databaseSizeMb(app.getBean(JdbcTemplate.class)));
            System.out.printf("jobs the job executor ran meanwhile: %d%n", jobs);
            if (StatementCounts.any()) {
                System.out.printf("statements sent during the imports (Connector/J round trips), total and per import:%n%s",
                        StatementCounts.report(IMPORTS));
            }
            System.out.printf(Locale.ROOT, "import: %d resolutions in %.1f s, %.0f process instances/s%n", IMPORTS,
                    seconds, processes / seconds);
        }
    }

    /**
     * The n-th copy of a file: the same document with n line breaks after its end, because the same
     * file is imported once only. Text readers and PDF parsers both ignore trailing white space.
     */
    private static byte[] copy(byte[] content, int n) {
        byte[] copy = Arrays.copyOf(content, content.length + n);
        Arrays.fill(copy, content.length, copy.length, (byte) '\n');
        return copy;
    }

    /** The corpus files that import as adopted resolutions (a dry run refuses the rest; drafts are not imported). */
    private static List<Path> importableResolutions(ImportService imports) throws IOException {
        List<Path> resolutions = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS).sorted()) {
            for (Path file : files.toList()) {
                try {
                    if (!"draft".equals(imports.dryRun(file.getFileName().toString(), Files.readAllBytes(file))
                            .extraction().document().status())) {
                        resolutions.add(file);
                    }
                } catch (ImportRejectedException notAResolution) {
                    // speeches, reports and scans are not imported
                }
            }
        }
        return resolutions;
    }

    /** Jobs done so far, by the job log: timers fired and asynchronous continuations run. */
    private static long successfulJobs(ConfigurableApplicationContext app) {
        return app.getBean(HistoryService.class).createHistoricJobLogQuery().successLog().count();
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private static double databaseSizeMb(JdbcTemplate jdbc) {
        try {
            Long bytes = jdbc.queryForObject("select sum(data_length + index_length) from information_schema.tables"
                    + " where table_schema = database()", Long.class);
            return bytes == null ? 0 : bytes / 1e6;
        } catch (RuntimeException notMySql) {
            return Double.NaN;
        }
    }
}
