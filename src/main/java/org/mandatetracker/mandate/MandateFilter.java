package org.mandatetracker.mandate;

import java.time.LocalDate;
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
 */
public record MandateFilter(StatusFilter status, String entity, String leadEntity, Body body, MandateKind kind,
                            String focalPoint, LocalDate dueAfter, LocalDate dueBefore, Integer resolutionYear,
                            boolean triage, String query, boolean wholeChains, boolean leftOut) {

    /** No filter: every mandate. */
    public static final MandateFilter ALL = new MandateFilter(null, null, null, null, null, null, null, null, null,
            false, null, false, false);

    public MandateFilter withStatus(StatusFilter status) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withStatus(MandateStatus status) {
        return withStatus(StatusFilter.of(status));
    }

    public MandateFilter withEntity(String entity) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withLeadEntity(String leadEntity) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withBody(Body body) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withKind(MandateKind kind) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withFocalPoint(String focalPoint) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    /** Due between the two dates, both included; either may be {@code null} for no bound. */
    public MandateFilter withDueBetween(LocalDate dueAfter, LocalDate dueBefore) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withResolutionYear(Integer resolutionYear) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withTriage(boolean triage) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withQuery(String query) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withWholeChains(boolean wholeChains) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }

    public MandateFilter withLeftOut(boolean leftOut) {
        return new MandateFilter(status, entity, leadEntity, body, kind, focalPoint, dueAfter, dueBefore,
                resolutionYear, triage, query, wholeChains, leftOut);
    }
}
