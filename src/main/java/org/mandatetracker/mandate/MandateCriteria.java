package org.mandatetracker.mandate;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.mandatetracker.mandate.internal.ImportedDocument;
import org.mandatetracker.mandate.internal.MandateRecord;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who may see which mandate and what a {@link MandateFilter} selects, as database conditions: the
 * register lists by them and the figures count by them, so a figure and its list are the same rows.
 */
final class MandateCriteria {

    private MandateCriteria() {
    }

    static Specification<MandateRecord> visibleTo(UserAccount user) {
        return (root, query, cb) -> {
            if (user.hasRole(Role.ADMIN)) {
                return cb.conjunction();
            }
            Predicate ownEntity = cb.equal(root.get("ownerEntity"), user.entityCode());
            return user.hasRole(Role.MANAGER) ? cb.or(ownEntity, cb.isNull(root.get("ownerEntity"))) : ownEntity;
        };
    }

    static Specification<MandateRecord> matching(MandateFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(status(filter.status(), root, cb, today));
            }
            if (filter.entity() != null) {
                conditions.add(cb.or(cb.equal(root.get("ownerEntity"), filter.entity()),
                        cb.like(root.get("addressees"), "%" + filter.entity() + "%")));
            }
            if (filter.leadEntity() != null) {
                conditions.add(cb.equal(root.get("ownerEntity"), filter.leadEntity()));
            }
            if (filter.triage()) {
                conditions.add(cb.and(cb.isNull(root.get("ownerEntity")), cb.equal(root.get("status"), MandateStatus.OPEN)));
            }
            if (filter.body() != null) {
                conditions.add(root.get("documentId").in(documentsWhere(query, cb,
                        document -> cb.equal(document.get("body"), filter.body().name()))));
            }
            if (filter.dueBefore() != null) {
                conditions.add(cb.lessThanOrEqualTo(root.get("dueDate"), filter.dueBefore()));
            }
            if (filter.dueAfter() != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("dueDate"), filter.dueAfter()));
            }
            if (filter.query() != null && !filter.query().isBlank()) {
                String pattern = "%" + filter.query().strip().toLowerCase(Locale.ROOT) + "%";
                conditions.add(cb.or(cb.like(cb.lower(root.get("text")), pattern),
                        cb.like(cb.lower(root.get("deliverable")), pattern),
                        root.get("documentId").in(documentsWhere(query, cb,
                                document -> cb.like(cb.lower(document.get("symbol")), pattern)))));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static Subquery<Long> documentsWhere(CommonAbstractCriteria query,
                                                 CriteriaBuilder cb,
                                                 Function<Root<ImportedDocument>, Predicate> condition) {
        Subquery<Long> documents = query.subquery(Long.class);
        Root<ImportedDocument> document = documents.from(ImportedDocument.class);
        return documents.select(document.get("id")).where(condition.apply(document));
    }

    /** The stored status and due date that make a mandate's status, as {@link MandateStatus#of} derives it. */
    private static Predicate status(MandateStatus status, Root<MandateRecord> root, CriteriaBuilder cb, LocalDate today) {
        Predicate open = cb.equal(root.get("status"), MandateStatus.OPEN);
        return switch (status) {
            case OPEN -> cb.and(open, cb.greaterThanOrEqualTo(root.get("dueDate"), today));
            case OVERDUE -> cb.and(open, cb.lessThan(root.get("dueDate"), today));
            case NO_DATE -> cb.and(open, cb.isNull(root.get("dueDate")));
            case DONE, DISMISSED -> cb.equal(root.get("status"), status);
        };
    }
}
