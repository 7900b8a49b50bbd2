package org.mandatetracker.mandate;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.criteria.JpaExpression;
import org.mandatetracker.mandate.internal.DocumentHeader;
import org.mandatetracker.mandate.internal.MandateRecord;
import org.mandatetracker.mandate.internal.ReportingCycleRecord;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a {@link MandateFilter} selects and how the register orders it, as database conditions: the
 * register lists by them and the figures count by them, so a figure and its list are the same rows.
 * Every signed-in person may read every mandate (resolutions are public), so nothing here depends on who asks.
 */
final class MandateCriteria {

    /** The due order of a mandate without a due date, as the database computes it (V8_1). */
    private static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    private MandateCriteria() {
    }

    /**
     * The rows of the filter as the register lists them: {@link #counted}'s conditions and, for a status, the range
     * of the due order its rows lie in, so that the indexes in the register's order (V8_1, V18_2) give its first
     * page from there instead of checking every mandate due before it (the undated come last: 1.1 s at 100 000).
     */
    static Specification<MandateRecord> matching(MandateFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            Predicate selected = counted(filter, today).toPredicate(root, query, cb);
            return filter.status() == null ? selected : cb.and(selected, dueOrderRange(filter.status(), root, cb, today));
        };
    }

    /**
     * The rows of the filter by the columns it names only, as a grouped count checks them on each row: read from
     * the indexes of those columns (the dashboard's figures).
     */
    static Specification<MandateRecord> counted(MandateFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(status(filter.status(), root, cb, today));
            } else if (!filter.wholeChains()) {
                conditions.add(cb.notEqual(root.get("status"), MandateStatus.SUPERSEDED));
            }
            if (filter.entity() != null) {
                // addressees are stored joined by commas: match one of them whole
                Expression<String> addressees = cb.concat(cb.concat(",", root.get("addressees")), ",");
                conditions.add(cb.or(cb.equal(root.get("ownerEntity"), filter.entity()),
                        cb.like(addressees, MandateTextSearch.contains("," + filter.entity() + ","),
                                MandateTextSearch.ESCAPE)));
            }
            if (filter.leadEntity() != null) {
                conditions.add(cb.equal(root.get("ownerEntity"), filter.leadEntity()));
            }
            if (filter.focalPoint() != null) {
                conditions.add(cb.equal(root.get("focalPoint"), filter.focalPoint()));
            }
            if (filter.kind() != null) {
                conditions.add(cb.equal(root.get("kind"), filter.kind().name()));
            }
            if (filter.resolutionYear() != null) {
                int year = filter.resolutionYear();
                conditions.add(cb.between(root.get("documentAdopted"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if (filter.triage()) {
                conditions.add(cb.and(cb.isNull(root.get("ownerEntity")), cb.equal(root.get("status"), MandateStatus.OPEN)));
            }
            if (filter.leftOut()) {
                conditions.add(cb.and(cb.isNotNull(root.get("leftOutBy")), cb.equal(root.get("status"), MandateStatus.OPEN)));
            }
            if (filter.delivered() != null) {
                conditions.add(root.get("id").in(mandatesDelivered(filter.delivered(), query, cb)));
            }
            if (filter.body() != null) {
                conditions.add(cb.equal(root.get("documentBody"), filter.body().name()));
            }
            if (filter.dueBefore() != null) {
                conditions.add(cb.lessThanOrEqualTo(root.get("dueDate"), filter.dueBefore()));
            }
            if (filter.dueAfter() != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("dueDate"), filter.dueAfter()));
            }
            if (filter.query() != null && !filter.query().isBlank()) {
                conditions.add(MandateTextSearch.matching(filter.query(), root, cb));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** The mandates with a report for a cycle due in the year, counted as {@link MandateFigures#deliveryByLeadEntity} counts. */
    private static Subquery<Long> mandatesDelivered(MandateFilter.DeliveredReports delivered, CommonAbstractCriteria query,
                                                    CriteriaBuilder cb) {
        Subquery<Long> mandates = query.subquery(Long.class);
        Root<ReportingCycleRecord> cycle = mandates.from(ReportingCycleRecord.class);
        List<Predicate> conditions = new ArrayList<>(List.of(cb.between(cycle.get("dueDate"),
                LocalDate.of(delivered.year(), 1, 1), LocalDate.of(delivered.year(), 12, 31))));
        if (delivered.onTimeOnly()) {
            conditions.add(onTime(cycle, cb));
        }
        return mandates.select(cycle.get("mandateId")).where(conditions.toArray(Predicate[]::new));
    }

    /** Submitted with its symbol on or before the due date, the day as the database sees it. */
    static Predicate onTime(Root<ReportingCycleRecord> cycle, CriteriaBuilder cb) {
        Expression<LocalDate> submittedOn = ((JpaExpression<?>) cycle.get("submittedAt")).cast(LocalDate.class);
        return cb.and(cb.isNotNull(cycle.get("documentSymbol")), cb.lessThanOrEqualTo(submittedOn, cycle.get("dueDate")));
    }

    /**
     * The order of the register: the requested columns, then soonest due first with the undated last, and
     * the id last of all, so that pages never overlap or miss a row.
     */
    static List<Order> order(List<MandateSort> sorts, Root<MandateRecord> mandate, Root<DocumentHeader> document,
                             CriteriaBuilder cb, LocalDate today) {
        List<Order> order = new ArrayList<>();
        for (MandateSort sort : sorts) {
            if (sort.column() == MandateColumn.DUE) {
                order.add(cb.asc(undatedLast(mandate, cb))); // whichever way the dates run
            }
            for (Expression<?> key : keys(sort.column(), mandate, document, cb, today)) {
                order.add(sort.descending() ? cb.desc(key) : cb.asc(key));
            }
        }
        // soonest due first, the undated last: one indexed column, so the first page needs no sort of every row
        order.add(cb.asc(mandate.get("dueSort")));
        order.add(cb.asc(mandate.get("id")));
        return order;
    }

    private static List<Expression<?>> keys(MandateColumn column, Root<MandateRecord> mandate,
                                            Root<DocumentHeader> document, CriteriaBuilder cb, LocalDate today) {
        return switch (column) {
            case SYMBOL -> List.of(mandate.get("documentSymbol"));
            // paragraph numbers are text: "9" before "10" by length first
            case PARAGRAPH -> List.of(cb.length(mandate.get("paragraph")), mandate.get("paragraph"));
            case KIND -> List.of(mandate.get("kind"));
            case DUE -> List.of(mandate.get("dueDate"));
            case LEAD -> List.of(mandate.get("ownerEntity"));
            case STATUS -> List.of(statusRank(mandate, cb, today));
        };
    }

    private static Expression<Integer> undatedLast(Root<MandateRecord> mandate, CriteriaBuilder cb) {
        return cb.<Integer>selectCase().when(cb.isNull(mandate.get("dueDate")), 1).otherwise(0);
    }

    /** The derived status in the order {@link MandateStatus} declares them. */
    private static Expression<Integer> statusRank(Root<MandateRecord> mandate, CriteriaBuilder cb, LocalDate today) {
        CriteriaBuilder.Case<Integer> rank = cb.selectCase();
        for (MandateStatus status : MandateStatus.values()) {
            rank = rank.when(status(StatusFilter.of(status), mandate, cb, today), status.ordinal());
        }
        return rank.otherwise(MandateStatus.values().length);
    }

    /** Where in the due order (the due date, {@link #UNDATED} for none) the mandates of a status lie. */
    private static Predicate dueOrderRange(StatusFilter status, Root<MandateRecord> root, CriteriaBuilder cb,
                                           LocalDate today) {
        Expression<LocalDate> dueOrder = root.get("dueSort");
        return switch (status) {
            case OPEN -> cb.greaterThanOrEqualTo(dueOrder, today);
            case DUE_WITHIN_30_DAYS -> cb.between(dueOrder, today, today.plusDays(StatusFilter.DUE_SOON_DAYS));
            case OVERDUE -> cb.lessThan(dueOrder, today);
            case NO_DATE -> cb.equal(dueOrder, UNDATED);
            case DONE, DISMISSED, SUPERSEDED -> cb.conjunction();
        };
    }

    /** The stored status and due date that make a mandate's status, as {@link MandateStatus#of} derives it. */
    private static Predicate status(StatusFilter status, Root<MandateRecord> root, CriteriaBuilder cb, LocalDate today) {
        Predicate open = cb.equal(root.get("status"), MandateStatus.OPEN);
        return switch (status) {
            case OPEN -> cb.and(open, cb.greaterThanOrEqualTo(root.get("dueDate"), today));
            case DUE_WITHIN_30_DAYS -> cb.and(open, cb.between(root.get("dueDate"), today,
                    today.plusDays(StatusFilter.DUE_SOON_DAYS)));
            case OVERDUE -> cb.and(open, cb.lessThan(root.get("dueDate"), today));
            case NO_DATE -> cb.and(open, cb.isNull(root.get("dueDate")));
            case DONE -> cb.equal(root.get("status"), MandateStatus.DONE);
            case DISMISSED -> cb.equal(root.get("status"), MandateStatus.DISMISSED);
            case SUPERSEDED -> cb.equal(root.get("status"), MandateStatus.SUPERSEDED);
        };
    }
}
