package org.mandatetracker.mandate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.mandatetracker.MandateTrackerApplication;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateExtractor;
import org.mandatetracker.extraction.NotAResolutionException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times renewal matching at scale: fills the database with {@code -Dmandates=N} (100 000) open mandates
 * whose paragraphs, kinds, addressees and mentioned missions are those of the corpus's resolutions (so a
 * mission has as many earlier mandates as its share of the corpus gives it), under resolutions of 10
 * mandates each, then proposes renewals for 300 resolutions cycling through the corpus, among them the
 * UNMISS and UNAMA renewals. Prints candidates and p50/p95/max per resolution. A measurement, not a test:
 * run it as docs/benchmarks.md says.
 */
public final class RenewalBenchmark {

    private static final int MANDATES = Integer.getInteger("mandates", 100_000);
    private static final int PER_DOCUMENT = 10;
    private static final int RESOLUTIONS = 300;
    private static final int BATCH = 2_000;

    private RenewalBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<ExtractionResult> corpus = corpus();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MandateTrackerApplication.class)
                .properties("server.port=0", "logging.level.root=WARN", "mandate-tracker.sample-data=false",
                        "camunda.bpm.job-execution.enabled=false").run(args)) {
            long seeding = System.nanoTime();
            seed(app.getBean(JdbcTemplate.class), corpus);
            System.out.printf("seeded %d open mandates in %.1f s%n", MANDATES, (System.nanoTime() - seeding) / 1e9);
            RenewalProposals renewals = app.getBean(RenewalProposals.class);
            EntityCatalog catalog = app.getBean(EntityService.class).catalog();
            List<Long> micros = new ArrayList<>();
            long proposals = 0;
            for (int round = 0; round < RESOLUTIONS; round++) {
                ExtractionResult resolution = corpus.get(round % corpus.size());
                long begin = System.nanoTime();
                proposals += renewals.propose(resolution, catalog).stream().mapToLong(List::size).sum();
                micros.add((System.nanoTime() - begin) / 1000);
            }
            Collections.sort(micros);
            System.out.printf("matched %d resolutions (%d proposals) · per resolution p50 %.1f ms · p95 %.1f ms · max %.1f ms%n",
                    RESOLUTIONS, proposals, micros.get(micros.size() / 2) / 1000.0,
                    micros.get(micros.size() * 95 / 100) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
        }
    }

    /** The corpus's adopted resolutions with at least one mandate. */
    private static List<ExtractionResult> corpus() throws IOException {
        MandateExtractor extractor = MandateExtractor.defaults();
        List<ExtractionResult> resolutions = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCorpus.TEXTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    ExtractionResult result = extractor.extract(DocumentReaders.read(file));
                    if (!result.mandates().isEmpty() && "adopted".equals(result.document().status())) {
                        resolutions.add(result);
                    }
                } catch (NotAResolutionException notOne) {
                    // a report or a letter among the texts
                }
            }
        }
        return resolutions;
    }

    private static void seed(JdbcTemplate jdbc, List<ExtractionResult> corpus) {
        List<ExtractionResult.Mandate> mandates = corpus.stream().flatMap(result -> result.mandates().stream()).toList();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        // the resolutions the corpus recalls are there, so that the query by reference finds something
        List<String> recalled = corpus.stream().flatMap(result -> ResolutionReferences.of(result).symbols().stream())
                .distinct().sorted().toList();
        List<Long> documentIds = new ArrayList<>();
        for (int document = 0; document < MANDATES / PER_DOCUMENT; document++) {
            String symbol = document < recalled.size() ? recalled.get(document) : "BENCH/RES/" + document;
            String body = document < recalled.size() ? bodyOf(symbol)
                    : corpus.get(random.nextInt(corpus.size())).document().body().name();
            jdbc.update("insert into imported_document (symbol, body, language, status, file_name, content, sha256,"
                    + " size_bytes, imported_by, imported_at) values (?, ?, 'en', 'adopted', 'seed.txt', ?, ?, 0, 'bench', ?)",
                    symbol, body, new byte[0], String.format("%064d", document), now);
            documentIds.add(jdbc.queryForObject("select id from imported_document where symbol = ?", Long.class, symbol));
        }
        System.out.printf("%d of the resolutions are ones the corpus recalls%n", Math.min(recalled.size(), documentIds.size()));
        List<Object[]> rows = new ArrayList<>();
        for (int index = 0; index < MANDATES; index++) {
            ExtractionResult.Mandate mandate = mandates.get(random.nextInt(mandates.size()));
            rows.add(new Object[] {documentIds.get(index / PER_DOCUMENT), mandate.paragraph(), mandate.verb(),
                    mandate.strength(), mandate.kind(), String.join(",", mandate.addressees()),
                    String.join(",", mandate.mentionedEntities()), mandate.text()});
            if (rows.size() == BATCH || index == MANDATES - 1) {
                jdbc.batchUpdate("insert into mandate (document_id, paragraph, subparagraphs, verb, strength, kind,"
                        + " addressees, mentioned_entities, text, status, version) values (?, ?, '', ?, ?, ?, ?, ?, ?, 'OPEN', 0)",
                        rows);
                rows.clear();
            }
        }
        jdbc.update("insert into mandate_mention (mandate_id, entity_code) select m.id, e.code from mandate m, un_entity e"
                + " where concat(',', m.mentioned_entities, ',') like concat('%,', e.code, ',%')");
    }

    private static String bodyOf(String symbol) {
        if (symbol.startsWith("S/")) {
            return Body.SECURITY_COUNCIL.name();
        }
        if (symbol.startsWith("A/HRC/")) {
            return Body.HUMAN_RIGHTS_COUNCIL.name();
        }
        return symbol.startsWith("E/") ? Body.ECONOMIC_AND_SOCIAL_COUNCIL.name() : Body.GENERAL_ASSEMBLY.name();
    }
}
