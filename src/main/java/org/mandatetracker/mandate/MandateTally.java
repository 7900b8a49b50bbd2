package org.mandatetracker.mandate;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mandatetracker.mandate.internal.MySqlFamily;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures by lead entity and body from {@code mandate_tally} (V23_1, MySQL and MariaDB): the mandates counted by lead
 * entity, body, stored status and month of the due date, kept by the database's triggers in the transaction of every
 * change, so exact. A figure is the sum of the months it covers whole; the mandates of the months it covers in part
 * (where "overdue" or "due within 30 days" begin and end, a few weeks' mandates) are counted from the mandates
 * themselves, by {@link MandateFigures}. Only filters by stored or derived status, lead entity, triage, body and due
 * dates can be counted so.
 */
@Component
class MandateTally {

    /** The month the tally counts undated mandates in. */
    private static final LocalDate UNDATED = LocalDate.of(9999, 12, 1);
    private static final Set<MandateStatus> STORED = EnumSet.of(MandateStatus.OPEN, MandateStatus.DONE,
            MandateStatus.DISMISSED, MandateStatus.SUPERSEDED);

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean kept;

    MandateTally(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.kept = Boolean.TRUE.equals(jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) MySqlFamily::is));
    }

    /**
     * The mandates of a filter in the tally's terms: stored statuses, leads and bodies they must have (all of them:
     * a conjunction, compared by the database), and which due dates count.
     *
     * @param noLead  only mandates with no lead entity yet
     * @param undated whether undated mandates count
     * @param dated   whether mandates due from {@code dueFrom} to {@code dueTo} (either null: unbounded) count
     */
    record Tallied(Set<MandateStatus> statuses, List<String> leads, boolean noLead, List<String> bodies,
                     boolean undated, boolean dated, LocalDate dueFrom, LocalDate dueTo) {

        /** The filter's mandates, or empty when it filters by something the tally does not count by. */
        static Optional<Tallied> of(MandateFilter filter, LocalDate today) {
            if (filter.entity() != null || filter.focalPoint() != null || filter.kind() != null
                    || filter.resolutionYear() != null || filter.query() != null && !filter.query().isBlank()
                    || filter.leftOut() || filter.delivered() != null) {
                return Optional.empty();
            }
            Tallied every = new Tallied(STORED, List.of(), false, List.of(), true, true, null, null);
            Tallied selected = filter.status() == null
                    ? filter.wholeChains() ? every : every.withStatus(MandateStatus.OPEN, MandateStatus.DONE,
                            MandateStatus.DISMISSED)
                    : switch (filter.status()) {
                        case OPEN -> every.withStatus(MandateStatus.OPEN).dueBetween(today, null);
                        case DUE_WITHIN_30_DAYS -> every.withStatus(MandateStatus.OPEN)
                                .dueBetween(today, today.plusDays(StatusFilter.DUE_SOON_DAYS));
                        case OVERDUE -> every.withStatus(MandateStatus.OPEN).dueBetween(null, today.minusDays(1));
                        case NO_DATE -> new Tallied(Set.of(MandateStatus.OPEN), List.of(), false, List.of(), true,
                                false, null, null);
                        case DONE -> every.withStatus(MandateStatus.DONE);
                        case DISMISSED -> every.withStatus(MandateStatus.DISMISSED);
                        case SUPERSEDED -> every.withStatus(MandateStatus.SUPERSEDED);
                    };
            if (filter.triage()) {
                selected = selected.withStatus(MandateStatus.OPEN).and(
                        new Tallied(STORED, List.of(), true, List.of(), true, true, null, null));
            }
            if (filter.leadEntity() != null) {
                selected = selected.and(new Tallied(STORED, List.of(filter.leadEntity()), false, List.of(), true, true,
                        null, null));
            }
            if (filter.body() != null) {
                selected = selected.and(new Tallied(STORED, List.of(), false, List.of(filter.body().name()), true,
                        true, null, null));
            }
            if (filter.dueAfter() != null || filter.dueBefore() != null) {
                selected = selected.dueBetween(filter.dueAfter(), filter.dueBefore());
            }
            return Optional.of(selected);
        }

        /** The mandates both select. */
        Tallied and(Tallied other) {
            Set<MandateStatus> both = EnumSet.noneOf(MandateStatus.class);
            both.addAll(statuses);
            both.retainAll(other.statuses);
            List<String> allLeads = new ArrayList<>(leads);
            allLeads.addAll(other.leads);
            List<String> allBodies = new ArrayList<>(bodies);
            allBodies.addAll(other.bodies);
            return new Tallied(both, allLeads, noLead || other.noLead, allBodies, undated && other.undated,
                    dated && other.dated, later(dueFrom, other.dueFrom), earlier(dueTo, other.dueTo));
        }

        private Tallied withStatus(MandateStatus... stored) {
            return and(new Tallied(EnumSet.of(stored[0], stored), List.of(), false, List.of(), true, true, null, null));
        }

        private Tallied dueBetween(LocalDate from, LocalDate to) {
            return and(new Tallied(STORED, List.of(), false, List.of(), false, true, from, to));
        }

        /** Whether no mandate can be selected. */
        boolean none() {
            return statuses.isEmpty() || noLead && !leads.isEmpty() || !undated && !dated
                    || dated && !undated && dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo);
        }

        /** The first month the dates cover whole; null: unbounded. */
        private LocalDate firstWholeMonth() {
            return dueFrom == null || dueFrom.getDayOfMonth() == 1 ? dueFrom : dueFrom.withDayOfMonth(1).plusMonths(1);
        }

        /** The last month the dates cover whole (its first day); null: unbounded. */
        private LocalDate lastWholeMonth() {
            if (dueTo == null) {
                return null;
            }
            LocalDate month = dueTo.withDayOfMonth(1);
            return dueTo.equals(YearMonth.from(dueTo).atEndOfMonth()) ? month : month.minusMonths(1);
        }

        /** The dates of the months the selection covers in part, to count from the mandates: none, one or two ranges. */
        List<LocalDate[]> partMonths() {
            if (none() || !dated || dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
                return List.of();
            }
            List<LocalDate[]> parts = new ArrayList<>();
            if (dueFrom != null && dueFrom.getDayOfMonth() != 1) {
                parts.add(new LocalDate[] {dueFrom, earlier(dueTo, YearMonth.from(dueFrom).atEndOfMonth())});
            }
            if (dueTo != null && !dueTo.equals(YearMonth.from(dueTo).atEndOfMonth())
                    && (parts.isEmpty() || !YearMonth.from(dueTo).equals(YearMonth.from(dueFrom)))) {
                parts.add(new LocalDate[] {later(dueFrom, dueTo.withDayOfMonth(1)), dueTo});
            }
            return parts;
        }
    }

    /** Whether this database keeps the tally. */
    boolean kept() {
        return kept;
    }

    /**
     * Per group, for each selection, the mandates of the months it covers whole (undated ones included where it
     * counts them). {@code within} narrows the rows read: every selection selects within it.
     */
    <K> Map<K, long[]> wholeMonths(MandateGrouping<K> grouping, Tallied within, List<Tallied> selections) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("undated", Date.valueOf(UNDATED));
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < selections.size(); i++) {
            columns.add("sum(case when " + condition(selections.get(i), "s" + i, parameters) + " then mandates else 0 end)");
        }
        List<String> narrowed = keyConditions(within, "w", parameters);
        Map<K, long[]> counts = new LinkedHashMap<>();
        jdbc.query("select owner_entity, document_body, " + String.join(", ", columns)
                        + " from mandate_tally where mandates <> 0"
                        + narrowed.stream().map(condition -> " and " + condition).collect(Collectors.joining())
                        + " group by owner_entity, document_body", parameters,
                (RowCallbackHandler) row -> {
                    long[] figures = new long[selections.size()];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = row.getLong(3 + i);
                    }
                    String lead = row.getString(1);
                    K group = grouping.ofLeadAndBody(lead.isEmpty() ? Optional.empty() : Optional.of(lead), row.getString(2));
                    long[] sum = counts.computeIfAbsent(group, g -> new long[figures.length]);
                    for (int i = 0; i < figures.length; i++) {
                        sum[i] += figures[i];
                    }
                });
        return counts;
    }

    private static String condition(Tallied selection, String name, MapSqlParameterSource parameters) {
        if (selection.none()) {
            return "1 = 0";
        }
        List<String> conditions = keyConditions(selection, name, parameters);
        parameters.addValue(name + "status", selection.statuses().stream().map(Enum::name).toList());
        conditions.add("status in (:" + name + "status)");
        List<String> due = new ArrayList<>();
        if (selection.undated()) {
            due.add("due_month = :undated");
        }
        LocalDate first = selection.firstWholeMonth();
        LocalDate last = selection.lastWholeMonth();
        if (selection.dated() && (first == null || last == null || !first.isAfter(last))) {
            List<String> months = new ArrayList<>(List.of("due_month < :undated"));
            if (first != null) {
                parameters.addValue(name + "first", Date.valueOf(first));
                months.add("due_month >= :" + name + "first");
            }
            if (last != null) {
                parameters.addValue(name + "last", Date.valueOf(last));
                months.add("due_month <= :" + name + "last");
            }
            due.add("(" + String.join(" and ", months) + ")");
        }
        conditions.add(due.isEmpty() ? "1 = 0" : "(" + String.join(" or ", due) + ")");
        return String.join(" and ", conditions);
    }

    /** The conditions on the lead entity and the body. */
    private static List<String> keyConditions(Tallied selection, String name, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (selection.noLead()) {
            conditions.add("owner_entity = ''");
        }
        for (int i = 0; i < selection.leads().size(); i++) {
            parameters.addValue(name + "lead" + i, selection.leads().get(i));
            conditions.add("owner_entity = :" + name + "lead" + i);
        }
        for (int i = 0; i < selection.bodies().size(); i++) {
            parameters.addValue(name + "body" + i, selection.bodies().get(i));
            conditions.add("document_body = :" + name + "body" + i);
        }
        return conditions;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isBefore(other) ? one : other;
    }
}
