package org.mandatetracker.mandate;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.MandateKind;

/**
 * Filters of the mandate register; every field is optional and the fields combine with "and".
 *
 * @param entity         the lead entity or an addressee: "my entity's mandates"
 * @param leadEntity     exactly this lead entity
 * @param focalPoint     the user name of the focal point
 * @param dueAfter       due on or after this date
 * @param dueBefore      due on or before this date
 * @param resolutionYear the year the resolution was adopted
 * @param triage         only mandates waiting for triage: open, with no lead entity yet
 * @param query          words of the symbol, the paragraph or the deliverable
 * @param wholeChains    also the mandates a renewal superseded; without it, only the current mandate of
 *                       each renewal chain counts (asking for status {@code SUPERSEDED} shows them too)
 * @param leftOut        only open mandates that a renewal of their resolution left out, for their managers to
 *                       close or keep
 * @param delivered      only mandates with a report submitted for a cycle due in a given year (on time, if asked)
 */
public record MandateFilter(StatusFilter status, String entity, String leadEntity, Body body, MandateKind kind,
                            String focalPoint, LocalDate dueAfter, LocalDate dueBefore, Integer resolutionYear,
                            boolean triage, String query, boolean wholeChains, boolean leftOut,
                            DeliveredReports delivered) {

    /** No filter: every mandate. */
    public static final MandateFilter ALL = new MandateFilter(null, null, null, null, null, null, null, null, null,
            false, null, false, false, null);

    public MandateFilter withStatus(StatusFilter status) {
        return with(copy -> copy.status = status);
    }

    public MandateFilter withStatus(MandateStatus status) {
        return withStatus(StatusFilter.of(status));
    }

    public MandateFilter withEntity(String entity) {
        return with(copy -> copy.entity = entity);
    }

    public MandateFilter withLeadEntity(String leadEntity) {
        return with(copy -> copy.leadEntity = leadEntity);
    }

    public MandateFilter withBody(Body body) {
        return with(copy -> copy.body = body);
    }

    public MandateFilter withKind(MandateKind kind) {
        return with(copy -> copy.kind = kind);
    }

    public MandateFilter withFocalPoint(String focalPoint) {
        return with(copy -> copy.focalPoint = focalPoint);
    }

    /** Due between the two dates, both included; either may be {@code null} for no bound. */
    public MandateFilter withDueBetween(LocalDate dueAfter, LocalDate dueBefore) {
        return with(copy -> {
            copy.dueAfter = dueAfter;
            copy.dueBefore = dueBefore;
        });
    }

    public MandateFilter withResolutionYear(Integer resolutionYear) {
        return with(copy -> copy.resolutionYear = resolutionYear);
    }

    public MandateFilter withTriage(boolean triage) {
        return with(copy -> copy.triage = triage);
    }

    public MandateFilter withQuery(String query) {
        return with(copy -> copy.query = query);
    }

    public MandateFilter withWholeChains(boolean wholeChains) {
        return with(copy -> copy.wholeChains = wholeChains);
    }

    public MandateFilter withLeftOut(boolean leftOut) {
        return with(copy -> copy.leftOut = leftOut);
    }

    public MandateFilter withDelivered(DeliveredReports delivered) {
        return with(copy -> copy.delivered = delivered);
    }

    /**
     * Reports submitted for the cycles due in one year, as the dashboard's on-time delivery counts them.
     *
     * @param onTimeOnly only those submitted with their symbol on or before the due date
     */
    public record DeliveredReports(int year, boolean onTimeOnly) {
    }

    /** This filter with one change: the withers name only the field they change. */
    private MandateFilter with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.filter();
    }

    /** The fields of a filter while one of them changes. */
    private static final class Copy {
        StatusFilter status;
        String entity;
        String leadEntity;
        Body body;
        MandateKind kind;
        String focalPoint;
        LocalDate dueAfter;
        LocalDate dueBefore;
        Integer resolutionYear;
        boolean triage;
        String query;
        boolean wholeChains;
        boolean leftOut;
        DeliveredReports delivered;

        Copy(MandateFilter filter) {
            status = filter.status;
            entity = filter.entity;
            leadEntity = filter.leadEntity;
            body = filter.body;
            kind = filter.kind;
            focalPoint = filter.focalPoint;
            dueAfter = filter.dueAfter;
            dueBefore = filter.dueBefore;
            resolutionYear = filter.resolutionYear;
            triage = filter.triage;
            query = filter.query;
            wholeChains = filter.wholeChains;
            leftOut = filter.leftOut;
            delivered = filter.delivered;
        }

        MandateFilter filter() {
            return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                    resolutionYear, triage, query, wholeChains, leftOut, delivered);
        }
    }
}
