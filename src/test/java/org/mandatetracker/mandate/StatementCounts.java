package org.mandatetracker.mandate;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.mysql.cj.MysqlConnection;
import com.mysql.cj.PreparedQuery;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Counts the statements Connector/J sends (each a round trip; a rewritten batch is one), by the thread
 * that sent them (the benchmark's importing thread, or the job executor's and other threads by name) and
 * by verb, with the table for writes. {@link ImportBenchmark} installs it through the connection's
 * {@code queryInterceptors} property and prints what one import costs.
 */
public final class StatementCounts implements QueryInterceptor {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    /** The verb and, for a write, its table: {@code insert into ACT_RU_TASK}, {@code update mandate}. */
    private static final Pattern STATEMENT = Pattern.compile(
            "^\\s*(?:/\\*.*?\\*/\\s*)?(insert\\s+into|update|delete\\s+from|\\w+)\\s*(`?\\w+`?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile("insert.*|update|delete.*");
    /** A select's first table: {@code select … from ACT_RU_JOB}. */
    private static final Pattern SELECT_FROM = Pattern.compile("\\bfrom\\s+`?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern THREAD_NUMBER = Pattern.compile("[-_]?\\d+$");

    /** Forgets what was counted so far, e.g. the benchmark's dry runs. */
    static void reset() {
        COUNTS.clear();
    }

    /** The counts since the last reset, as lines: thread, statement, count and count per {@code per}; the most first. */
    static String report(int per) {
        StringBuilder lines = new StringBuilder();
        Map<String, Long> totals = new TreeMap<>();
        COUNTS.forEach((key, count) -> totals.merge(key.substring(0, key.indexOf(" | ")), count.sum(), Long::sum));
        totals.forEach((thread, count) -> lines.append(String.format(Locale.ROOT, "  %-28s all statements %8d  %8.1f per import%n",
                thread, count, count / (double) per)));
        COUNTS.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, LongAdder> entry) -> entry.getValue().sum()).reversed())
                .limit(40)
                .forEach(entry -> lines.append(String.format(Locale.ROOT, "  %-70s %8d  %8.1f%n", entry.getKey(),
                        entry.getValue().sum(), entry.getValue().sum() / (double) per)));
        return lines.toString();
    }

    static boolean any() {
        return !COUNTS.isEmpty();
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        // a prepared statement's own text, not the one with its parameters (a document's bytes) written out
        String text = query instanceof PreparedQuery prepared ? prepared.getOriginalSql() : sql.get();
        COUNTS.computeIfAbsent(threadOf(Thread.currentThread()) + " | " + statementOf(text), key -> new LongAdder())
                .increment();
        return null;
    }

    private static String threadOf(Thread thread) {
        return "main".equals(thread.getName()) ? "importing thread" : THREAD_NUMBER.matcher(thread.getName()).replaceAll("");
    }

    private static String statementOf(String sql) {
        Matcher statement = STATEMENT.matcher(sql == null ? "" : sql);
        if (!statement.find()) {
            return "other";
        }
        String verb = statement.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (WRITE.matcher(verb).matches() && statement.group(2) != null) {
            return verb + " " + statement.group(2).replace("`", "");
        }
        if (verb.equals("select")) {
            Matcher table = SELECT_FROM.matcher(sql);
            return table.find() ? "select from " + table.group(1) : sql.strip().toLowerCase(Locale.ROOT);
        }
        // session settings (set autocommit=0, set session transaction read only, …) as they are
        return verb.equals("set") ? sql.strip().toLowerCase(Locale.ROOT) : verb;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T result, ServerSession session) {
        return null;
    }
}
