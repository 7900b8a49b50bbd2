package org.mandatetracker.scale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.mandate.MandateStatus;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes imported documents straight into the product's tables, as {@link org.mandatetracker.mandate.ImportService}
 * stores them: the document with its original bytes and SHA-256, its paragraphs, its mandates as extraction found
 * them and their "Imported" history entries. Each copy of a corpus resolution is given a body of the four (turn
 * about), a symbol of that body, an adoption date from 2015 to 2030 and due dates after it; a share of the mandates
 * is done or dismissed, and most of the others have a lead entity and focal point. Processes are not started here
 * (see {@link ScaleBenchmark}): these are only the rows.
 */
final class ScaleLoader {

    /** What one copy of a resolution became: the document and its mandates. */
    record Loaded(long documentId, List<LoadedMandate> mandates) {
    }

    record LoadedMandate(long id, MandateStatus status) {
    }

    record Source(String fileName, byte[] content, ExtractionResult extraction) {
    }

    private static final int LAST_YEAR = 2030;
    private static final int YEARS = LAST_YEAR - 2015 + 1;

    private final JdbcTemplate jdbc;
    private final List<String> entities;
    private final int focalPointsPerEntity;

    ScaleLoader(JdbcTemplate jdbc, List<String> entities, int focalPointsPerEntity) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.focalPointsPerEntity = focalPointsPerEntity;
    }

    /** The user name of an entity's n-th focal point (a user name takes letters, digits, '.', '_' and '-' only). */
    static String focalPoint(String entity, int n) {
        return "fp-" + entity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-") + "-" + n;
    }

    /**
     * Stores the n-th copy of the source and answers its mandates. With {@code leaveInTriage} its open mandates
     * get no lead, because their processes are started afterwards and begin with triage.
     */
    Loaded load(int n, Source source, boolean leaveInTriage) {
        Body body = Body.values()[n % 4];
        LocalDate adopted = LocalDate.of(2015 + (n / 4) % YEARS, 1 + n % 12, 1 + n % 28);
        byte[] content = copy(source.content(), n);
        ExtractionResult extraction = source.extraction();
        String symbol = symbol(body, n, adopted);
        long documentId = insertDocument(symbol, body, extraction.document(), adopted, source.fileName(), content);
        insertParagraphs(documentId, extraction.paragraphs());
        List<LoadedMandate> mandates = new ArrayList<>();
        List<ExtractionResult.Mandate> extracted = extraction.mandates();
        for (int i = 0; i < extracted.size(); i++) {
            int serial = n * 31 + i;
            MandateStatus status = serial % 10 < 2 ? MandateStatus.DONE : serial % 10 == 2 ? MandateStatus.DISMISSED
                    : MandateStatus.OPEN;
            String owner = leaveInTriage && status == MandateStatus.OPEN || serial % 7 == 0 ? null
                    : entities.get(serial % entities.size());
            String focalPoint = owner == null ? null : focalPoint(owner, serial % focalPointsPerEntity);
            long id = insertMandate(documentId, symbol, body, adopted, extracted.get(i),
                    due(extracted.get(i), adopted, serial), status, owner, focalPoint);
            mandates.add(new LoadedMandate(id, status));
        }
        jdbc.batchUpdate("insert into mandate_event (mandate_id, occurred_at, actor, kind, detail) values (?, ?, ?, ?, ?)",
                mandates, mandates.size(), (statement, mandate) -> {
                    statement.setLong(1, mandate.id());
                    statement.setTimestamp(2, Timestamp.from(Instant.now()));
                    statement.setString(3, "benchmark");
                    statement.setString(4, "IMPORTED");
                    statement.setString(5, "from " + source.fileName());
                });
        return new Loaded(documentId, mandates);
    }

    /**
     * Moves the application's id blocks (migration V21_1) past the rows written here with their tables'
     * auto-increment, so that the mandates' later history entries, written by the application, get fresh ids.
     */
    void moveIdBlocksPastLoadedRows() {
        for (String table : List.of("document_paragraph", "mandate", "mandate_mention", "mandate_event")) {
            jdbc.update("update id_block set next_value = (select coalesce(max(id), 0) + 50 from " + table + ")"
                    + " where name = ?", table);
        }
    }

    /** The extracted date moved to the copy's years: after its adoption, no later than 2030; none stays none. */
    private static LocalDate due(ExtractionResult.Mandate mandate, LocalDate adopted, int serial) {
        if (mandate.due() == null || mandate.due().date() == null) {
            return null;
        }
        LocalDate due = adopted.plusDays(30 + (serial * 37L) % 1500);
        return due.getYear() > LAST_YEAR ? LocalDate.of(LAST_YEAR, 12, 31 - serial % 28) : due;
    }

    private static String symbol(Body body, int n, LocalDate adopted) {
        return switch (body) {
            case GENERAL_ASSEMBLY -> "A/RES/" + (adopted.getYear() - 1945) + "/" + (1000 + n);
            case SECURITY_COUNCIL -> "S/RES/" + (10000 + n) + " (" + adopted.getYear() + ")";
            case ECONOMIC_AND_SOCIAL_COUNCIL -> "E/RES/" + adopted.getYear() + "/" + (1000 + n);
            default -> "A/HRC/RES/" + (adopted.getYear() - 1990) + "/" + (1000 + n);
        };
    }

    private long insertDocument(String symbol, Body body, ExtractionResult.Document source, LocalDate adopted,
                                String fileName, byte[] content) {
        return insert("insert into imported_document (symbol, body, language, status, adopted, file_name, media_type,"
                        + " content, sha256, size_bytes, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                symbol, body.name(), source.language(), source.status(), Date.valueOf(adopted), fileName, "text/plain",
                content, sha256(content), content.length, "benchmark", Timestamp.from(Instant.now()));
    }

    private void insertParagraphs(long documentId, List<ExtractionResult.Paragraph> paragraphs) {
        List<Integer> positions = IntStream.range(0, paragraphs.size()).boxed().toList();
        jdbc.batchUpdate("insert into document_paragraph (document_id, position, number, kind, verbs, text)"
                + " values (?, ?, ?, ?, ?, ?)", positions, positions.size(), (statement, position) -> {
                    ExtractionResult.Paragraph paragraph = paragraphs.get(position);
                    statement.setLong(1, documentId);
                    statement.setInt(2, position);
                    statement.setString(3, paragraph.number());
                    statement.setString(4, paragraph.kind().code());
                    statement.setString(5, String.join(",", paragraph.verbs()));
                    statement.setString(6, paragraph.text());
                });
    }

    private long insertMandate(long documentId, String symbol, Body body, LocalDate adopted,
                               ExtractionResult.Mandate mandate, LocalDate due, MandateStatus status, String owner,
                               String focalPoint) {
        ExtractionResult.Due extractedDue = due == null ? null : mandate.due();
        return insert("insert into mandate (document_id, document_symbol, document_body, document_adopted, paragraph,"
                        + " subparagraphs, verb, strength,"
                        + " kind, addressees, report_to, due_date, due_precision, due_session, due_text, due_estimated,"
                        + " recurrence, end_date,"
                        + " deliverable, mentioned_entities, text, status, owner_entity, focal_point, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                documentId, symbol, body.name(), Date.valueOf(adopted), mandate.paragraph(),
                String.join(",", mandate.subparagraphs()), mandate.verb(),
                mandate.strength().contractName(), mandate.kind().name(), String.join(",", mandate.addressees()),
                mandate.reportTo(),
                due == null ? null : Date.valueOf(due), extractedDue == null || extractedDue.precision() == null ? null
                        : extractedDue.precision().contractName(),
                extractedDue == null ? null : extractedDue.session(),
                extractedDue == null ? null : truncate(extractedDue.text(), 1000),
                extractedDue != null && extractedDue.estimated(), mandate.recurrence(),
                mandate.endDate() == null ? null : Date.valueOf(mandate.endDate()), truncate(mandate.deliverable(), 2000),
                truncate(String.join(",", mandate.mentionedEntities()), 1000), mandate.text(), status.name(), owner,
                focalPoint);
    }

    /** Inserts one row and answers the id the database gave it. */
    private long insert(String sql, Object... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            new ArgumentPreparedStatementSetter(values).setValues(statement);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    /** The n-th copy: the same bytes and a line with n, so that every copy has a SHA-256 of its own. */
    private static byte[] copy(byte[] content, int n) {
        byte[] suffix = ("\n" + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] copy = Arrays.copyOf(content, content.length + suffix.length);
        System.arraycopy(suffix, 0, copy, content.length, suffix.length);
        return copy;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
