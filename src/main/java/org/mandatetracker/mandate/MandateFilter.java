package org.mandatetracker.mandate;

import java.time.LocalDate;

/**
 * Filters of the mandate register; every field is optional and the fields combine with "and".
 *
 * @param entity     the lead entity or, before triage, an addressee (the API's loose match)
 * @param leadEntity exactly this lead entity
 * @param triage     only mandates waiting for triage: open, with no lead entity yet
 * @param dueAfter   due on or after this date
 * @param dueBefore  due on or before this date
 */
public record MandateFilter(MandateStatus status, String entity, String leadEntity, Body body, LocalDate dueAfter,
                            LocalDate dueBefore, boolean triage, String query) {

    /** No filter: every mandate the signed-in person may see. */
    public static final MandateFilter ALL = new MandateFilter(null, null, null, null, null, null, false, null);

    public MandateFilter withStatus(MandateStatus status) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }

    public MandateFilter withEntity(String entity) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }

    public MandateFilter withLeadEntity(String leadEntity) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }

    public MandateFilter withBody(Body body) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }

    /** Due between the two dates, both included; either may be {@code null} for no bound. */
    public MandateFilter withDueBetween(LocalDate dueAfter, LocalDate dueBefore) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }

    public MandateFilter withTriage(boolean triage) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }

    public MandateFilter withQuery(String query) {
        return new MandateFilter(status, entity, leadEntity, body, dueAfter, dueBefore, triage, query);
    }
}
