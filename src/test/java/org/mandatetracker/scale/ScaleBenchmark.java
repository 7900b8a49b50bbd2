package org.mandatetracker.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.mandatetracker.MandateTrackerApplication;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.dashboard.DashboardScope;
import org.mandatetracker.dashboard.DashboardService;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateExtractor;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.NotAResolutionException;
import org.mandatetracker.mandate.MandateColumn;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateFilterParameters;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateSort;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.mandate.MandatesRegistered;
import org.mandatetracker.mandate.StatusFilter;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register, the tasks and the figures at the size of the Secretariat: loads 100 000 mandates (the corpus's
 * resolutions copied across the four bodies and 2015–2030, see {@link ScaleLoader}) with running processes and open
 * tasks for 20 000 of them into the database of the active profile, then has signed-in people (staff, a manager, an
 * admin) ask at once, each in a bounded loop over loopback HTTP, for what they read most, and prints p50/p95 per
 * request, the export of 10 000 rows, the heap after a full GC and the database size. The Vaadin views cannot be
 * driven over plain HTTP: for the register's pages and the dashboard it calls the services behind the views, in the
 * caller's security context, as the views do. A measurement, not a test: {@code bash .ci/bench scale}.
 */
public final class ScaleBenchmark {

    private static final int MANDATES = Integer.getInteger("mandates", 100_000);
    private static final int PROCESSES = Integer.getInteger("processes", 20_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 15);
    /** Measure what an earlier run loaded into the same database, without loading again. */
    private static final boolean REUSE = Boolean.getBoolean("reuse");
    /** The requests to time, by the start of their names (empty: all), to measure again only what a change touched. */
    private static final List<String> ONLY = Stream.of(System.getProperty("only", "").split(","))
            .filter(prefix -> !prefix.isBlank()).toList();
    private static final int EXPORT_ROWS = 10_000;
    private static final int ENTITIES = 20;
    private static final int FOCAL_POINTS_PER_ENTITY = 5;
    private static final int DOCUMENTS_PER_TRANSACTION = 25;
    private static final int PROCESSES_PER_TRANSACTION = 200;
    private static final int PAGE = 50;
    private static final String PASSWORD = "benchmark-password";
    private static final int PORT = 8091;

    private final ConfigurableApplicationContext app;
    private final MandateService mandates;
    private final TransactionTemplate transaction;
    private final Map<String, List<Long>> nanosByRequest = new ConcurrentHashMap<>();

    private ScaleBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.mandates = app.getBean(MandateService.class);
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        // an argument, not a default property: application.yml's port would win over a default
        arguments.add("--server.port=" + PORT);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MandateTrackerApplication.class)
                .properties("mandate-tracker.sample-data=false", "mandate-tracker.demo-users=false",
                        // the reminder checks of 20 000 processes would fire while we measure the reads
                        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN")
                .run(arguments.toArray(String[]::new))) {
            new ScaleBenchmark(app).run();
        }
    }

    private void run() throws Exception {
        List<String> entities = EntityCatalog.builtIn().entities().stream().filter(UnEntity::canBeMandated)
                .map(UnEntity::code).limit(ENTITIES).toList();
        String home = entities.get(0);
        signInAs("benchadmin", Role.ADMIN);
        long start = System.nanoTime();
        List<Long> started;
        if (REUSE) {
            started = app.getBean(JdbcTemplate.class).queryForList(
                    "select id from mandate where process_instance_id is not null order by id", Long.class);
        } else {
            createUsers(entities, home);
            started = load(entities);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long processes = app.getBean(RuntimeService.class).createProcessInstanceQuery().count();
        long openTasks = app.getBean(TaskService.class).createTaskQuery().count();
        long total = mandates.count(MandateFilter.ALL);
        System.out.printf(Locale.ROOT, (REUSE ? "found" : "loaded") + " %d mandates, %d running processes, %d open tasks in %.0f s%n", total,
                processes, openTasks, loadSeconds);

        String staff = ScaleLoader.focalPoint(home, 0);
        long someMandate = started.get(started.size() / 2);
        MandateFilter exportFilter = MandateFilter.ALL.withDueBetween(LocalDate.of(2015, 1, 1), dueDateOfRow(EXPORT_ROWS));
        List<Callable> work = new ArrayList<>();
        work.add(user(staff, Role.STAFF, home, someMandate));
        work.add(user("benchmanager", Role.MANAGER, home, someMandate));
        work.add(user("benchadmin", Role.ADMIN, home, someMandate));
        work.add(user(ScaleLoader.focalPoint(entities.get(1), 1), Role.STAFF, entities.get(1), someMandate));
        ExecutorService people = Executors.newFixedThreadPool(work.size());
        List<Future<Void>> done = new ArrayList<>();
        for (Callable person : work) {
            done.add(people.submit(() -> {
                person.call();
                return null;
            }));
        }
        people.shutdown();
        for (Future<Void> person : done) {
            person.get();
        }
        printPercentiles();

        WebClientSession exporter = signedIn("benchmanager");
        long exportRows = mandates.count(exportFilter);
        List<Long> exports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long begin = System.nanoTime();
            get(exporter, "/api/mandates/export?format=xlsx&" + query(exportFilter));
            exports.add(System.nanoTime() - begin);
        }
        double exportSeconds = Collections.max(exports) / 1e9;
        System.out.printf(Locale.ROOT, "export XLSX of %d rows: slowest of 3 %.1f s%n", exportRows, exportSeconds);

        System.gc();
        double heapMib = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        System.out.printf(Locale.ROOT, "heap after full GC %.0f MiB (max %.0f MiB) · database size %.0f MB%n", heapMib,
                Runtime.getRuntime().maxMemory() / 1048576.0, databaseSizeMb());
        double worst = nanosByRequest.values().stream().mapToDouble(nanos -> percentile(nanos, 95)).max().orElse(0);
        System.out.printf(Locale.ROOT, "scale: %d mandates, %d processes, worst p95 %.0f ms, export %.1f s, heap %.0f MiB%n",
                total, processes, worst, exportSeconds, heapMib);
    }

    private void createUsers(List<String> entities, String home) {
        UserService users = app.getBean(UserService.class);
        // letters and digits only: an admin is mirrored into Camunda's identity at sign-in, which refuses '-'
        users.create(new NewUser("benchadmin", "Benchmark admin", null, "EOSG", Set.of(Role.ADMIN), PASSWORD));
        users.create(new NewUser("benchmanager", "Benchmark manager", null, home, Set.of(Role.MANAGER), PASSWORD));
        for (String entity : entities) {
            for (int n = 0; n < FOCAL_POINTS_PER_ENTITY; n++) {
                users.create(new NewUser(ScaleLoader.focalPoint(entity, n), "Focal point " + n + " of " + entity, null,
                        entity, Set.of(Role.STAFF), PASSWORD));
            }
        }
    }

    /** Loads the rows, then starts the processes of the first open mandates; answers the ids of those. */
    private List<Long> load(List<String> entities) throws IOException {
        List<ScaleLoader.Source> sources = sources();
        ScaleLoader loader = new ScaleLoader(app.getBean(JdbcTemplate.class), entities, FOCAL_POINTS_PER_ENTITY);
        List<Long> toStart = new ArrayList<>();
        int[] loaded = {0};
        for (int n = 0; loaded[0] < MANDATES; n += DOCUMENTS_PER_TRANSACTION) {
            int first = n;
            transaction.executeWithoutResult(status -> {
                for (int copy = first; copy < first + DOCUMENTS_PER_TRANSACTION && loaded[0] < MANDATES; copy++) {
                    ScaleLoader.Loaded document = loader.load(copy, sources.get(copy % sources.size()),
                            toStart.size() < PROCESSES);
                    loaded[0] += document.mandates().size();
                    document.mandates().stream().filter(mandate -> mandate.status() == MandateStatus.OPEN)
                            .forEach(mandate -> toStart.add(mandate.id()));
                }
            });
        }
        loader.moveIdBlocksPastLoadedRows();
        List<Long> started = toStart.subList(0, Math.min(PROCESSES, toStart.size()));
        ApplicationEventPublisher events = app;
        for (int from = 0; from < started.size(); from += PROCESSES_PER_TRANSACTION) {
            List<Long> batch = started.subList(from, Math.min(started.size(), from + PROCESSES_PER_TRANSACTION));
            transaction.executeWithoutResult(status -> {
                // the event an import publishes: the workflow starts the processes in this transaction
                events.publishEvent(new MandatesRegistered(batch.stream()
                        .map(id -> mandates.findForBackgroundJob(id).orElseThrow()).toList()));
                for (long id : batch) {
                    if (id % 3 == 0) {
                        String entity = entities.get((int) (id % entities.size()));
                        mandates.assignOwner(id, entity, ScaleLoader.focalPoint(entity, (int) (id % FOCAL_POINTS_PER_ENTITY)));
                    }
                }
            });
        }
        return started;
    }

    /** The corpus's plain-text resolutions that import (adopted, with mandates), extracted once. */
    private static List<ScaleLoader.Source> sources() throws IOException {
        MandateExtractor extractor = MandateExtractor.defaults();
        List<ScaleLoader.Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCorpus.TEXTS).sorted()) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList()) {
                byte[] content = Files.readAllBytes(file);
                try {
                    ExtractionResult extraction = extractor.extract(file.getFileName().toString(), content);
                    if (!"draft".equals(extraction.document().status()) && !extraction.mandates().isEmpty()) {
                        sources.add(new ScaleLoader.Source(file.getFileName().toString(), content, extraction));
                    }
                } catch (NotAResolutionException notImported) {
                    // speeches and reports are not imported
                }
            }
        }
        return sources;
    }

    private interface Callable {
        void call() throws Exception;
    }

    /** One person's bounded loop: the register as their role opens it and with each filter, their tasks, and so on. */
    private Callable user(String username, Role role, String entity, long someMandate) {
        return () -> {
            signInAs(username, role);
            WebClientSession http = signedIn(username);
            MandateFilter own = role == Role.ADMIN ? MandateFilter.ALL : MandateFilter.ALL.withEntity(entity);
            Map<String, MandateFilter> filters = new TreeMap<>();
            filters.put("register " + role.name().toLowerCase(), own);
            for (StatusFilter status : StatusFilter.values()) {
                filters.put("register status=" + status, MandateFilter.ALL.withStatus(status));
            }
            filters.put("register lead", MandateFilter.ALL.withLeadEntity(entity));
            filters.put("register body", MandateFilter.ALL.withBody(Body.SECURITY_COUNCIL));
            filters.put("register kind", MandateFilter.ALL.withKind(MandateKind.REPORT));
            filters.put("register focalPoint", MandateFilter.ALL.withFocalPoint(ScaleLoader.focalPoint(entity, 1)));
            filters.put("register due range", MandateFilter.ALL.withDueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
            filters.put("register year", MandateFilter.ALL.withResolutionYear(2020));
            filters.put("register triage", MandateFilter.ALL.withTriage(true));
            filters.put("search q=", MandateFilter.ALL.withQuery("peacekeeping"));
            filters.put("search q= rare", MandateFilter.ALL.withQuery("S/RES/10042"));
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, MandateFilter> filter : filters.entrySet()) {
                    // what the register's grid asks: the count, then the first page
                    time(filter.getKey(), () -> mandates.count(filter.getValue()) + mandates.page(filter.getValue(),
                            List.of(), 0, PAGE).size());
                }
                time("register sort symbol", () -> mandates.page(own, List.of(MandateSort.ascending(MandateColumn.SYMBOL)), 0, PAGE).size());
                time("register sort lead desc", () -> mandates.page(own, List.of(new MandateSort(MandateColumn.LEAD, true)), 0, PAGE).size());
                time("count all", () -> mandates.count(MandateFilter.ALL));
                time("dashboard", () -> app.getBean(DashboardService.class).dashboard(DashboardScope.OWN_ENTITY));
                if (role != Role.STAFF) {
                    time("dashboard all", () -> app.getBean(DashboardService.class).dashboard(DashboardScope.ALL));
                }
                time("GET /api/mandates/{id}", () -> get(http, "/api/mandates/" + someMandate));
                time("GET /api/mandates/{id}/history", () -> get(http, "/api/mandates/" + someMandate + "/history"));
                time("GET /api/tasks?assignee=me", () -> get(http, "/api/tasks?assignee=me"));
                time("GET /api/tasks " + role.name().toLowerCase(), () -> get(http, "/api/tasks"));
                time("GET /api/mandates", () -> get(http, "/api/mandates?size=" + PAGE));
                time("GET /api/documents", () -> get(http, "/api/documents?size=" + PAGE));
                time("GET /api/calendar.ics", () -> get(http, "/api/calendar.ics"));
            }
        };
    }

    private void time(String request, Supplier<Object> call) {
        if (!ONLY.isEmpty() && ONLY.stream().noneMatch(request::startsWith)) {
            return;
        }
        long begin = System.nanoTime();
        call.get();
        nanosByRequest.computeIfAbsent(request, name -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - begin);
    }

    private void printPercentiles() {
        System.out.printf(Locale.ROOT, "%-36s %5s %9s %9s %9s%n", "request", "n", "p50 ms", "p95 ms", "max ms");
        new TreeMap<>(nanosByRequest).forEach((request, nanos) -> System.out.printf(Locale.ROOT,
                "%-36s %5d %9.1f %9.1f %9.1f%n", request, nanos.size(), percentile(nanos, 50), percentile(nanos, 95),
                Collections.max(nanos) / 1e6));
    }

    /** The due date of the n-th dated mandate, soonest first: a date range with about n rows. */
    private LocalDate dueDateOfRow(int n) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "select due_date from mandate where due_date is not null order by due_date limit 1 offset " + (n - 1),
                LocalDate.class);
    }

    private static String query(MandateFilter filter) {
        return MandateFilterParameters.of(filter).entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void signInAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    /** A client signed in through the login form, as a browser is: it carries the session cookie. */
    private static WebClientSession signedIn(String username) {
        WebClientSession http = new WebClientSession(PORT);
        HttpResponse<String> signIn = http.signIn(username, PASSWORD);
        String location = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("signing in as " + username + " answered " + signIn.statusCode() + " " + location);
        }
        return http;
    }

    /** GETs the path and answers the length of the answer; anything but 200 stops the benchmark. */
    private static long get(WebClientSession http, String path) {
        HttpResponse<String> response = http.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body().length();
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private double databaseSizeMb() {
        Long bytes = app.getBean(JdbcTemplate.class).queryForObject("select sum(data_length + index_length)"
                + " from information_schema.tables where table_schema = database()", Long.class);
        return bytes == null ? 0 : bytes / 1e6;
    }
}
