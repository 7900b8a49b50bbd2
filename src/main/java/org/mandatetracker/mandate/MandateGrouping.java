package org.mandatetracker.mandate;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.mandate.internal.MandateRecord;

/**
 * What mandates are counted by, with the filter that narrows a figure to one group: the figure's link
 * to the register.
 *
 * @param <K> the group: a lead entity (empty: to triage), a body or a month of due dates
 */
public abstract sealed class MandateGrouping<K> {

    /** By lead entity; mandates with none yet are one group, {@code Optional.empty()}. */
    public static final MandateGrouping<Optional<String>> LEAD_ENTITY = new ByLeadEntity();
    public static final MandateGrouping<Body> BODY = new ByBody();
    /** By lead entity and body at once: both of the dashboard's tables from one pass over the mandates. */
    public static final MandateGrouping<LeadAndBody> LEAD_ENTITY_AND_BODY = new ByLeadEntityAndBody();
    /** By the month of the due date; undated mandates are left out. */
    public static final MandateGrouping<YearMonth> DUE_MONTH = new ByDueMonth();

    private MandateGrouping() {
    }

    /** A group of {@link #LEAD_ENTITY_AND_BODY}: the lead entity (empty: to triage) and the body. */
    public record LeadAndBody(Optional<String> leadEntity, Body body) {
    }

    /** The filter narrowed to the mandates of one group. */
    public abstract MandateFilter narrow(MandateFilter filter, K group);

    /** The columns the database groups by; the conditions they need go to {@code conditions}. */
    abstract List<Expression<?>> columns(Root<MandateRecord> mandate, CriteriaBuilder cb,
                                         List<Predicate> conditions);

    /** The group of a result row, from its first columns. */
    abstract K group(Tuple row);

    /** Whether the groups are made of the lead entity and the body only, as {@link MandateTally} counts them. */
    boolean byLeadEntityOrBody() {
        return true;
    }

    /** The group of the mandates of a lead entity (empty: none yet) and a body, if {@link #byLeadEntityOrBody()}. */
    abstract K ofLeadAndBody(Optional<String> leadEntity, String body);

    private static final class ByLeadEntity extends MandateGrouping<Optional<String>> {
        @Override
        public MandateFilter narrow(MandateFilter filter, Optional<String> leadEntity) {
            return leadEntity.map(filter::withLeadEntity).orElseGet(() -> filter.withTriage(true));
        }

        @Override
        List<Expression<?>> columns(Root<MandateRecord> mandate, CriteriaBuilder cb,
                                    List<Predicate> conditions) {
            return List.of(mandate.get("ownerEntity"));
        }

        @Override
        Optional<String> group(Tuple row) {
            return Optional.ofNullable(row.get(0, String.class));
        }

        @Override
        Optional<String> ofLeadAndBody(Optional<String> leadEntity, String body) {
            return leadEntity;
        }
    }

    private static final class ByBody extends MandateGrouping<Body> {
        @Override
        public MandateFilter narrow(MandateFilter filter, Body body) {
            return filter.withBody(body);
        }

        @Override
        List<Expression<?>> columns(Root<MandateRecord> mandate, CriteriaBuilder cb,
                                    List<Predicate> conditions) {
            return List.of(mandate.get("documentBody"));
        }

        @Override
        Body group(Tuple row) {
            return Body.valueOf(row.get(0, String.class));
        }

        @Override
        Body ofLeadAndBody(Optional<String> leadEntity, String body) {
            return Body.valueOf(body);
        }
    }

    private static final class ByLeadEntityAndBody extends MandateGrouping<LeadAndBody> {
        @Override
        public MandateFilter narrow(MandateFilter filter, LeadAndBody group) {
            return LEAD_ENTITY.narrow(BODY.narrow(filter, group.body()), group.leadEntity());
        }

        @Override
        List<Expression<?>> columns(Root<MandateRecord> mandate, CriteriaBuilder cb,
                                    List<Predicate> conditions) {
            return List.of(mandate.get("ownerEntity"), mandate.get("documentBody"));
        }

        @Override
        LeadAndBody group(Tuple row) {
            return new LeadAndBody(Optional.ofNullable(row.get(0, String.class)), Body.valueOf(row.get(1, String.class)));
        }

        @Override
        LeadAndBody ofLeadAndBody(Optional<String> leadEntity, String body) {
            return new LeadAndBody(leadEntity, Body.valueOf(body));
        }
    }

    private static final class ByDueMonth extends MandateGrouping<YearMonth> {
        @Override
        public MandateFilter narrow(MandateFilter filter, YearMonth month) {
            return filter.withDueBetween(month.atDay(1), month.atEndOfMonth());
        }

        @Override
        List<Expression<?>> columns(Root<MandateRecord> mandate, CriteriaBuilder cb,
                                    List<Predicate> conditions) {
            Expression<?> due = mandate.get("dueDate");
            conditions.add(cb.isNotNull(due));
            return List.of(cb.function("year", Integer.class, due), cb.function("month", Integer.class, due));
        }

        @Override
        YearMonth group(Tuple row) {
            return YearMonth.of(row.get(0, Number.class).intValue(), row.get(1, Number.class).intValue());
        }

        @Override
        boolean byLeadEntityOrBody() {
            return false;
        }

        @Override
        YearMonth ofLeadAndBody(Optional<String> leadEntity, String body) {
            throw new IllegalStateException("grouped by due month");
        }
    }
}
