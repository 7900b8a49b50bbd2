package org.mandatetracker.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mandatetracker.RunningJar;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.workflow.MandateProcesses;

/**
 * The reliability suite of issue #12, run by {@code .ci/reliability}: the packaged jar with
 * {@code -Xmx512m} on a MariaDB database of its own, attacked with the bad inputs of the issue, loaded
 * with 50 concurrent imports mixed with task completions and register reads for at most a minute, and
 * killed with {@code kill -9} during imports. After the load and after the restart it checks that
 * documents, mandates and process instances match in the database. It prints each thing it tried and
 * whether it held, and exits with 1 if anything broke.
 */
public final class ReliabilitySuite {

    private static final String PASSWORD = "demo";
    private static final Duration LOAD_TIME = Duration.ofMinutes(1);
    private static final int IMPORTERS = 50;
    private static final Set<String> MANDATE_PROCESSES = Set.of("report-mandate", "agenda-mandate", "action-mandate");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Path workingDirectory;
    private final List<String> broken = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, String> imported = new ConcurrentHashMap<>();
    private final AtomicInteger generated = new AtomicInteger();
    private int held;

    private ReliabilitySuite(String jdbcUrl, String dbUser, String dbPassword, Path workingDirectory) {
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) throws Exception {
        String database = env("RELIABILITY_DATABASE", "mt_reliability");
        String host = env("RELIABILITY_DATABASE_HOST", "127.0.0.1:3306");
        ReliabilitySuite suite = new ReliabilitySuite(
                "jdbc:mysql://" + host + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8",
                env("RELIABILITY_DATABASE_USER", database), env("RELIABILITY_DATABASE_PASSWORD", database),
                Files.createTempDirectory("mandate-tracker-reliability"));
        System.exit(suite.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Instant started = Instant.now();
        try (RunningJar jar = start()) {
            section("Bad inputs against the running jar (-Xmx512m, MariaDB)");
            try {
                badInputs(new WebClientSession(jar.port()));
            } catch (IllegalStateException | IOException requestFailed) {
                check("the bad inputs ran to their end", false, requestFailed.toString());
            }
            section("50 concurrent imports with task completions and register reads, for at most "
                    + LOAD_TIME.toSeconds() + " s");
            load(new WebClientSession(jar.port()));
            section("Consistency after the load");
            consistency();
            section("kill -9 during imports, restart, consistency");
            killDuringImports(jar);
        }
        section("Summary");
        System.out.printf("%d held, %d broke, in %d s%n", held, broken.size(),
                Duration.between(started, Instant.now()).toSeconds());
        broken.forEach(what -> System.out.println("  BROKE: " + what));
        return broken.isEmpty();
    }

    private RunningJar start() throws IOException, InterruptedException {
        return RunningJar.start(workingDirectory, Map.of("SPRING_PROFILES_ACTIVE", "mysql", "MYSQL_URL", jdbcUrl,
                "MYSQL_USER", dbUser, "MYSQL_PASSWORD", dbPassword), "--mandate-tracker.demo-users=true");
    }

    // ---------------------------------------------------------------- bad inputs

    private void badInputs(WebClientSession client) throws Exception {
        HttpResponse<String> created = importAs(client, "manager", generated());
        expect("a generated resolution imports", created, 201);
        long mandateId = JSON.readTree(created.body()).path("mandates").path(0).path("id").asLong();
        String triageTask = firstTask(client, "manager", mandateId);

        StringBuilder manyKeys = new StringBuilder("{");
        for (int i = 0; i < 500_000; i++) {
            manyKeys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        expect("a 9 MB JSON object of 500 000 keys to a task completion",
                client.sendJson("POST", "/api/tasks/" + triageTask + "/complete", manyKeys.append('}').toString(),
                        "manager", PASSWORD), 413);
        for (String value : List.of("\"yes\"", "1", "[true]")) {
            expect("{\"accepted\": " + value + "} to the triage", client.sendJson("POST",
                    "/api/tasks/" + triageTask + "/complete", "{\"accepted\": " + value + "}", "manager", PASSWORD), 400);
        }
        expect("a comment of 4 001 characters", client.sendJson("POST", "/api/tasks/" + triageTask + "/complete",
                "{\"accepted\": false, \"comment\": \"" + "x".repeat(4_001) + "\"}", "manager", PASSWORD), 400);
        expect("manager assigns the mandate to DPO and staff", client.sendJson("PUT", "/api/mandates/" + mandateId + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD), 200);
        String prepareTask = firstTask(client, "staff", mandateId);
        expect("staff completes their first task with leadEntity and focalPoint (re-routing)", client.sendJson("POST",
                "/api/tasks/" + prepareTask + "/complete", "{\"leadEntity\": \"DPPA\", \"focalPoint\": \"admin\"}",
                "staff", PASSWORD), 400);
        expect("staff takes the mandate over through /owner", client.sendJson("PUT", "/api/mandates/" + mandateId + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "staff", PASSWORD), 403);

        expect("a 49 MB text (under the 50 MB limit), dry run",
                client.postFile("/api/documents?dryRun=true", "big.txt", prose(49 * 1024 * 1024), "manager", PASSWORD), 400);
        expect("a 60 MB upload (over the limit)",
                client.postFile("/api/documents", "huge.txt", new byte[60 * 1024 * 1024], "manager", PASSWORD), 413);
        byte[] seed = Files.readAllBytes(TestCorpus.SEEDS.resolve("000_3ebbee6587f369ee.txt"));
        expect("a seed imports", client.postFile("/api/documents", "000.txt", seed, "manager", PASSWORD), 201, 409);
        for (String variant : List.of("S/RES/2553(2020)", "s/res/2553 (2020)")) {
            expect("the same seed again as " + variant, client.postFile("/api/documents?symbol="
                    + URLEncoder.encode(variant, StandardCharsets.UTF_8), "000.txt", seed, "manager", PASSWORD), 409);
        }
        expect("?symbol= of 101 characters", importAs(client, "manager",
                new Upload("g.txt", generated().content(), "S".repeat(101))), 400);
        expect("a draft resolution", client.postFile("/api/documents", "draft-S-2024-835-en.pdf",
                Files.readAllBytes(TestCorpus.TEXTS.resolve("draft-S-2024-835-en.pdf")), "manager", PASSWORD), 400);
        expect("binary junk as a text", client.postFile("/api/documents", "junk.txt", junk(), "manager", PASSWORD), 400);
        expect("DELETE of a missing document", client.sendJson("DELETE", "/api/documents/987654321", null, "admin", PASSWORD), 404);
        expect("anonymous DELETE", client.send(HttpRequest.newBuilder(client.uri("/api/documents/1")).DELETE()), 401);
        expect("//engine-rest/engine", client.getWithBasic("//engine-rest/engine", "admin", PASSWORD), 400);
        expect("/engine-rest;x=1/engine", client.getWithBasic("/engine-rest;x=1/engine", "admin", PASSWORD), 400);
        expect("an unknown /api path", client.getWithBasic("/api/no-such-thing", "staff", PASSWORD), 404);
        expect("an admin deploys a BPMN through /engine-rest", client.sendJson("POST", "/engine-rest/deployment/create",
                "{}", "admin", PASSWORD), 403);
        expect("the sign-in form without its CSRF token", new WebClientSession(clientPort(client))
                .signInWithForm("username=staff&password=" + PASSWORD), 403);
        WebClientSession browser = new WebClientSession(clientPort(client));
        browser.signIn("admin", PASSWORD);
        expect("a session cookie with a made-up Bearer token writes", browser.send(HttpRequest.newBuilder(
                browser.uri("/api/documents/987654321")).header("Authorization", "Bearer x").DELETE()), 403);
        HttpResponse<String> login = client.get("/login");
        check("the sign-in page carries a Content-Security-Policy and a Referrer-Policy",
                login.headers().firstValue("Content-Security-Policy").isPresent()
                        && login.headers().firstValue("Referrer-Policy").isPresent(), "");
        HttpResponse<String> health = client.get("/actuator/health");
        expect("health without an SMTP server", health, 200);
        expect("the application still serves", client.getWithBasic("/api/mandates", "staff", PASSWORD), 200);
    }

    // ---------------------------------------------------------------- load

    private void load(WebClientSession client) throws Exception {
        ConcurrentLinkedQueue<Upload> uploads = new ConcurrentLinkedQueue<>();
        try (Stream<Path> files = Files.list(TestCorpus.TEXTS)) {
            // every corpus file twice, so that two imports of one file race
            files.sorted().forEach(file -> {
                Upload upload = Upload.of(file);
                uploads.add(upload);
                uploads.add(upload);
            });
        }
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger tasksCompleted = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger failedReads = new AtomicInteger();
        Instant end = Instant.now().plus(LOAD_TIME);
        ExecutorService workers = Executors.newFixedThreadPool(IMPORTERS + 8);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < IMPORTERS; i++) {
            running.add(workers.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    Upload upload = uploads.poll();
                    if (upload == null) {
                        upload = generated();
                    }
                    HttpResponse<String> answer = importAs(client, "manager", upload);
                    answers.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                    if (answer.statusCode() == 201) {
                        imported.put(JSON.readTree(answer.body()).path("id").asLong(), upload.name());
                    } else if (answer.statusCode() >= 500 && answer.statusCode() != 503) {
                        broken.add("import of " + upload.name() + " answered " + answer.statusCode() + ": " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (int i = 0; i < 4; i++) {
            running.add(workers.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    tasksCompleted.addAndGet(completeSomeTasks(client));
                }
                return null;
            }));
            running.add(workers.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    for (String read : List.of("/api/mandates?status=OPEN", "/api/mandates/export?format=csv",
                            "/api/documents", "/api/tasks")) {
                        HttpResponse<String> answer = client.getWithBasic(read, "staff", PASSWORD);
                        reads.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            failedReads.incrementAndGet();
                            System.out.println("      GET " + read + " answered " + answer.statusCode() + ": " + answer.body());
                        }
                    }
                }
                return null;
            }));
        }
        workers.shutdown();
        boolean finished = workers.awaitTermination(LOAD_TIME.toSeconds() + 120, TimeUnit.SECONDS);
        check("every worker stopped within two minutes of the end of the load", finished, "");
        List<String> failures = new ArrayList<>();
        for (Future<?> worker : running) {
            try {
                worker.get(1, TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                failures.add(failed.getCause().toString());
            } catch (TimeoutException stillRunning) {
                failures.add("still running");
            }
        }
        check("no worker failed (a request without an answer, a broken connection)", failures.isEmpty(),
                failures.stream().distinct().limit(3).collect(Collectors.joining("; ")));
        int serverErrors = answers.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(e -> e.getValue().get()).sum();
        check("no import answered a 5xx other than 503", serverErrors == 0, "imports by status: " + new TreeMap<>(answers));
        check("register, export, documents and task reads all answered 200", failedReads.get() == 0,
                reads.get() + " reads, " + failedReads.get() + " not 200");
        System.out.println("      " + imported.size() + " documents imported in all, " + tasksCompleted.get()
                + " tasks completed meanwhile");
    }

    /** Completes what manager and staff are offered: triage to DPO and staff, everything else with a comment. */
    private int completeSomeTasks(WebClientSession client) throws IOException {
        int completed = 0;
        for (String user : List.of("manager", "staff")) {
            HttpResponse<String> listed = client.getWithBasic("/api/tasks", user, PASSWORD);
            if (listed.statusCode() != 200) {
                broken.add("GET /api/tasks as " + user + " answered " + listed.statusCode());
                continue;
            }
            int taken = 0;
            for (JsonNode task : JSON.readTree(listed.body())) {
                if (taken++ == 3) {
                    break;
                }
                String form = switch (task.path("taskKey").asText()) {
                    case MandateProcesses.TASK_TRIAGE -> "{\"accepted\": true, \"leadEntity\": \"DPO\", \"focalPoint\": \"staff\"}";
                    case MandateProcesses.TASK_REVIEW_REPORT -> "{\"approved\": true}";
                    case MandateProcesses.TASK_SUBMIT_REPORT -> "{\"documentSymbol\": \"S/2026/" + (100 + taken) + "\"}";
                    default -> "{\"comment\": \"done under load\"}";
                };
                HttpResponse<String> answer = client.sendJson("POST", "/api/tasks/" + task.path("id").asText() + "/complete",
                        form, user, PASSWORD);
                if (answer.statusCode() >= 500) {
                    broken.add("completing " + task.path("name").asText() + " as " + user + " answered "
                            + answer.statusCode() + ": " + answer.body());
                } else if (answer.statusCode() < 300) {
                    completed++;
                }
            }
        }
        return completed;
    }

    // ---------------------------------------------------------------- kill -9

    private void killDuringImports(RunningJar jar) throws Exception {
        WebClientSession client = new WebClientSession(jar.port());
        ExecutorService importers = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 10; i++) {
            importers.submit(() -> {
                for (int n = 0; n < 20; n++) {
                    try {
                        HttpResponse<String> answer = importAs(client, "manager", generated());
                        if (answer.statusCode() == 201) {
                            imported.put(JSON.readTree(answer.body()).path("id").asLong(), "generated.txt");
                        }
                    } catch (IllegalStateException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(3_000);
        int before = imported.size();
        jar.kill();
        importers.shutdown();
        importers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("      killed with " + before + " documents answered 201 in all so far");
        try (RunningJar restarted = start()) {
            check("the application restarts on the same database after kill -9", true, "");
            consistency();
            expect("it serves after the restart", new WebClientSession(restarted.port())
                    .getWithBasic("/api/mandates", "staff", PASSWORD), 200);
            expect("it imports after the restart", importAs(new WebClientSession(restarted.port()), "manager", generated()), 201);
        }
    }

    // ---------------------------------------------------------------- consistency

    private void consistency() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword); Statement sql = db.createStatement()) {
            long documents = count(sql, "select count(*) from imported_document");
            long mandates = count(sql, "select count(*) from mandate");
            check("no symbol stored twice", count(sql, "select count(*) from (select symbol from imported_document"
                    + " group by symbol having count(*) > 1) twice") == 0, documents + " documents");
            check("no file (SHA-256) stored twice", count(sql, "select count(*) from (select sha256 from imported_document"
                    + " group by sha256 having count(*) > 1) twice") == 0, "");
            List<Long> lost = imported.keySet().stream().filter(id -> {
                try {
                    return count(sql, "select count(*) from imported_document where id = " + id) == 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            check("every import answered 201 is stored", lost.isEmpty(), imported.size() + " answered 201, lost: " + lost);
            check("every document has its paragraphs", count(sql, "select count(*) from imported_document d where not exists"
                    + " (select 1 from document_paragraph p where p.document_id = d.id)") == 0, "");
            check("every mandate has its process instance", count(sql, "select count(*) from mandate m where"
                    + " m.process_instance_id is null or not exists (select 1 from ACT_HI_PROCINST p"
                    + " where p.ID_ = m.process_instance_id)") == 0, mandates + " mandates");
            String keys = MANDATE_PROCESSES.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "));
            check("every mandate process instance has its mandate", count(sql, "select count(*) from ACT_HI_PROCINST p"
                    + " where p.PROC_DEF_KEY_ in (" + keys + ") and not exists (select 1 from mandate m"
                    + " where m.process_instance_id = p.ID_)") == 0,
                    count(sql, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ in (" + keys + ")") + " processes");
            check("no process instance runs twice for one mandate", count(sql, "select count(*) from (select m.id from mandate m"
                    + " join ACT_RU_EXECUTION e on e.BUSINESS_KEY_ = concat('', m.id) and e.PARENT_ID_ is null"
                    + " group by m.id having count(*) > 1) twice") == 0, "");
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    // ---------------------------------------------------------------- helpers

    private String firstTask(WebClientSession client, String user, long mandateId) throws IOException {
        JsonNode tasks = JSON.readTree(client.getWithBasic("/api/tasks?mandate=" + mandateId, user, PASSWORD).body());
        return tasks.path(0).path("id").asText();
    }

    private void expect(String what, HttpResponse<String> answer, int... expected) {
        boolean ok = java.util.Arrays.stream(expected).anyMatch(status -> status == answer.statusCode());
        String body = answer.body() == null ? "" : answer.body();
        check(what + " → " + answer.statusCode(), ok, ok ? "" : "expected " + java.util.Arrays.toString(expected)
                + ", body " + body.substring(0, Math.min(200, body.length())));
    }

    private void check(String what, boolean ok, String detail) {
        System.out.println((ok ? "  held  " : "  BROKE ") + what + (detail.isEmpty() ? "" : "  (" + detail + ")"));
        if (ok) {
            held++;
        } else {
            broken.add(what + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    /**
     * Security Council resolution 2461 (2019) under a symbol of its own each time (the database is
     * fresh); its text names itself only by number, so the symbol goes with the upload.
     */
    private Upload generated() {
        String symbol = "S/RES/" + (10_000 + generated.incrementAndGet()) + " (2025)";
        return new Upload("generated.txt", TestResolutions.resolution2461As(symbol).getBytes(StandardCharsets.UTF_8), symbol);
    }

    private static HttpResponse<String> importAs(WebClientSession client, String user, Upload upload) {
        String query = upload.symbol() == null ? "" : "?symbol=" + URLEncoder.encode(upload.symbol(), StandardCharsets.UTF_8);
        return client.postFile("/api/documents" + query, upload.name(), upload.content(), user, PASSWORD);
    }

    private static byte[] prose(int size) {
        byte[] line = "the assembly requests a report on the implementation of the present matter\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[size];
        for (int i = 0; i < size; i++) {
            text[i] = line[i % line.length];
        }
        return text;
    }

    private static byte[] junk() {
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(12).nextBytes(junk);
        return junk;
    }

    private static int clientPort(WebClientSession client) {
        return client.uri("/").getPort();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Upload(String name, byte[] content, String symbol) {

        static Upload of(Path file) {
            try {
                return new Upload(file.getFileName().toString(), Files.readAllBytes(file), null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
