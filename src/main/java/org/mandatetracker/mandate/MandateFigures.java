package org.mandatetracker.mandate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandatetracker.mandate.MandateTally.Tallied;
import org.mandatetracker.mandate.internal.MandateRecord;
import org.mandatetracker.mandate.internal.ReportingCycleRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of the mandate register, counted by the database in grouped queries over every mandate (any
 * signed-in person may read them all), with the same conditions the register lists by.
 */
@Service
public class MandateFigures {

    private final EntityManager entityManager;
    private final MandateTally tally;
    private final Clock clock;

    MandateFigures(EntityManager entityManager, MandateTally tally, Clock clock) {
        this.entityManager = entityManager;
        this.tally = tally;
        this.clock = clock;
    }

    /**
     * How many mandates within {@code scope} each figure's filter selects, per group, in one query. Groups
     * with no mandate in scope are missing.
     *
     * @return per group, the counts in the order of {@code figures}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public <K> Map<K, long[]> count(MandateGrouping<K> grouping, MandateFilter scope, List<MandateFilter> figures) {
        LocalDate today = LocalDate.now(clock);
        if (tally.kept() && grouping.byLeadEntityOrBody()) {
            Optional<Tallied> within = Tallied.of(scope, today);
            List<Optional<Tallied>> selected = figures.stream().map(figure -> Tallied.of(figure, today)).toList();
            if (within.isPresent() && selected.stream().allMatch(Optional::isPresent)) {
                return tallied(grouping, scope, within.get(), figures, selected.stream().map(Optional::get).toList(), today);
            }
        }
        return counted(grouping, scope, figures, today);
    }

    /**
     * {@link #count} from the tally's whole months and the mandates of the months covered in part. Its first column is
     * the scope itself, so that a group shows when it has any mandate in scope, as when the mandates are counted.
     */
    private <K> Map<K, long[]> tallied(MandateGrouping<K> grouping, MandateFilter scope, Tallied within,
                                       List<MandateFilter> figures, List<Tallied> selected, LocalDate today) {
        List<MandateFilter> columnFilters = new ArrayList<>(List.of(scope));
        columnFilters.addAll(figures);
        List<Tallied> columns = new ArrayList<>(List.of(within));
        selected.forEach(figure -> columns.add(within.and(figure)));
        Map<K, long[]> counts = tally.wholeMonths(grouping, within, columns);

        List<MandateFilter> parts = new ArrayList<>();
        List<Integer> partColumns = new ArrayList<>();
        LocalDate partsFrom = LocalDate.MAX;
        LocalDate partsTo = LocalDate.MIN;
        for (int column = 0; column < columns.size(); column++) {
            for (LocalDate[] part : columns.get(column).partMonths()) {
                parts.add(columnFilters.get(column).withDueBetween(part[0], part[1]));
                partColumns.add(column);
                partsFrom = part[0].isBefore(partsFrom) ? part[0] : partsFrom;
                partsTo = part[1].isAfter(partsTo) ? part[1] : partsTo;
            }
        }
        if (!parts.isEmpty()) {
            // every part lies within the scope's dates: read only the mandates due within the parts
            counted(grouping, scope.withDueBetween(partsFrom, partsTo), parts, today).forEach((group, partCounts) -> {
                long[] sums = counts.computeIfAbsent(group, g -> new long[columns.size()]);
                for (int part = 0; part < partCounts.length; part++) {
                    sums[partColumns.get(part)] += partCounts[part];
                }
            });
        }
        Map<K, long[]> inScope = new LinkedHashMap<>();
        counts.forEach((group, sums) -> {
            if (sums[0] > 0) {
                inScope.put(group, Arrays.copyOfRange(sums, 1, sums.length));
            }
        });
        return inScope;
    }

    /** {@link #count} by counting the mandates. */
    private <K> Map<K, long[]> counted(MandateGrouping<K> grouping, MandateFilter scope, List<MandateFilter> figures,
                                       LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<MandateRecord> mandate = query.from(MandateRecord.class);
        List<Predicate> conditions = new ArrayList<>();
        List<Expression<?>> groupColumns = grouping.columns(mandate, cb, conditions);
        List<Selection<?>> columns = new ArrayList<>(groupColumns);
        for (MandateFilter figure : figures) {
            columns.add(countWhere(cb, MandateCriteria.counted(figure, today).toPredicate(mandate, query, cb)));
        }
        conditions.add(MandateCriteria.matching(scope, today).toPredicate(mandate, query, cb));
        query.multiselect(columns).where(conditions.toArray(Predicate[]::new)).groupBy(groupColumns);

        Map<K, long[]> counts = new LinkedHashMap<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            long[] figureCounts = new long[figures.size()];
            for (int figure = 0; figure < figureCounts.length; figure++) {
                figureCounts[figure] = row.get(groupColumns.size() + figure, Number.class).longValue();
            }
            counts.put(grouping.group(row), figureCounts);
        }
        return counts;
    }

    /** Reports submitted for the cycles due in one year, by the lead entity of their mandate. */
    public record Delivery(String leadEntity, int year, long cycles, long onTime) {
    }

    /**
     * For each lead entity and year from {@code fromYear} to {@code toYear}: the report cycles due that year
     * that were submitted, and how many of them with the issued symbol recorded on or before the due date.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Delivery> deliveryByLeadEntity(MandateFilter scope, int fromYear, int toYear) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<ReportingCycleRecord> cycle = query.from(ReportingCycleRecord.class);
        Root<MandateRecord> mandate = query.from(MandateRecord.class);
        Expression<LocalDate> due = cycle.get("dueDate");
        Expression<Integer> year = cb.function("year", Integer.class, due);
        query.multiselect(mandate.get("ownerEntity"), year, cb.count(cycle),
                        countWhere(cb, MandateCriteria.onTime(cycle, cb)))
                .where(cb.equal(mandate.get("id"), cycle.get("mandateId")),
                        cb.between(due, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)),
                        MandateCriteria.matching(scope, LocalDate.now(clock)).toPredicate(mandate, query, cb))
                .groupBy(mandate.get("ownerEntity"), year);
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new Delivery(row.get(0, String.class), row.get(1, Number.class).intValue(),
                        row.get(2, Number.class).longValue(), row.get(3, Number.class).longValue()))
                .toList();
    }

    private static Expression<Long> countWhere(CriteriaBuilder cb, Predicate condition) {
        return cb.sum(cb.<Long>selectCase().when(condition, cb.literal(1L)).otherwise(cb.literal(0L)));
    }
}
