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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

    MandateFigures(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
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
